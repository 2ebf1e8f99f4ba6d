import { processTree } from "../../src/adapters/browser/process-memory.js";

/**
 * Vitest stops a test worker with SIGTERM (then SIGKILL half a second later). The browsers a test
 * launched have Puppeteer's signal handlers off (the service closes them itself on SIGTERM) and
 * process groups of their own, so a worker that died of the signal left every browser still open
 * reparented to init, running on after the suite; Puppeteer's exit handler alone is not enough,
 * as one exit listener that throws skips the rest. A SIGTERM here kills every process the worker
 * started and their own children (browsers, their helpers, servers), then exits. Tests close their
 * browsers themselves; this is for the ones a failure, a timeout or a forgotten close left open.
 */
process.once("SIGTERM", () => {
  for (const pid of processTree(process.pid).slice(1)) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  process.exit(143);
});
