// The job function's training cold start (scripts/build/compile-cache.ts): imports the built job
// bundle (BUNDLE_DIR) in plain Node, as Lambda's runtime does, and invokes its handler as the one
// poller schedule does: the container is built and every registered feed (none here) polled.
// What the process compiled on the way (the modules' top levels, the container, the job path) is
// what Node writes to its compile cache at exit.
import path from "node:path";

const { handler } = await import(path.join(process.env.BUNDLE_DIR ?? "", "index.mjs"));
const context = { getRemainingTimeInMillis: () => 120_000 };
const outcome = await handler({ job: "poll-sources" }, context);
if (outcome?.kind !== "polled") throw new Error(`the poll did not run: ${JSON.stringify(outcome)}`);
process.exit(0);
