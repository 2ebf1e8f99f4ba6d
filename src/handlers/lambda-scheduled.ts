/**
 * The job function's entry (`index.handler`). Most jobs render a briefing: as for the HTTP function
 * (lambda-http.ts), the Chromium unpack starts before the bulk of the code (job-function.ts) loads.
 */
import { startChromiumUnpack } from "./prewarm.js";

startChromiumUnpack();

const job = await import("./job-function.js");

export const handler: typeof job.handler = (event, context) => job.handler(event, context);
