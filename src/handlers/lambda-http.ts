/**
 * The HTTP function's entry (`index.handler`). First it turns on the V8 code cache the build ships
 * (compile-cache.ts), so the chunks below load without being compiled again; then it starts the
 * Chromium unpack (about a second and a half on a new sandbox) and the browser's launch, then loads
 * the app (http-function.ts): the bundle splits there, so Chromium gets ready while the bulk of the
 * code is read and the container built, instead of after.
 */
import { useShippedCompileCache } from "./compile-cache.js";

useShippedCompileCache(import.meta.dirname);

// Imported, not named at the top: a static import would compile before the cache is on.
const { launchBrowserAtEntry } = await import("./prewarm.js");
await launchBrowserAtEntry();

const app = await import("./http-function.js");

export const handler: typeof app.handler = (event, context) => app.handler(event, context);
/** Closes the container and browsers (http-function.ts); Lambda itself never calls it. */
export const shutdown = app.shutdown;
