/**
 * The job function's entry (`index.handler`). As for the HTTP function (lambda-http.ts): the V8
 * code cache the build ships is turned on first (compile-cache.ts), then the Chromium unpack
 * starts before the bulk of the code (job-function.ts) loads, most jobs rendering a briefing.
 */
import { useShippedCompileCache } from "./compile-cache.js";

useShippedCompileCache(import.meta.dirname);

// Imported, not named at the top: a static import would compile before the cache is on.
const { startChromiumUnpack } = await import("./prewarm.js");
startChromiumUnpack();

const job = await import("./job-function.js");

export const handler: typeof job.handler = (event, context) => job.handler(event, context);
/** Closes the container (job-function.ts); Lambda itself never calls it. */
export const shutdown = job.shutdown;
