/**
 * The HTTP function's entry (`index.handler`). Before anything else it starts the Chromium unpack
 * (about a second and a half on a new sandbox) and the browser's launch, then loads the app
 * (http-function.ts): the bundle splits there, so Chromium gets ready while the bulk of the code
 * is read and compiled and the container built, instead of after.
 */
import { launchBrowserAtEntry } from "./prewarm.js";

await launchBrowserAtEntry();

const app = await import("./http-function.js");

export const handler: typeof app.handler = (event, context) => app.handler(event, context);
