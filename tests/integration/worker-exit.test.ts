import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import config from "../../vitest.config.js";

/** Whether a process still runs: gone, or a zombie waiting for init to reap it, counts as not. */
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}

// Vitest stops a worker with SIGTERM. The browsers are launched without Puppeteer's signal
// handlers and in process groups of their own, so without the setup file a browser a test left
// open outlived the worker, reparented to init, after every `npm test`.
it("a worker stopped as vitest stops it takes the browsers it left open with it", async () => {
  const setupFiles = [config.test?.setupFiles ?? []].flat();
  expect(setupFiles).toContain("tests/support/worker-exit.ts");
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      ...setupFiles.flatMap((f) => ["--import", `./${f}`]),
      "tests/support/browser-holder.ts",
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.once("exit", (code, signal) => resolve(signal ?? code)),
  );
  const pid = await new Promise<number>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /browser (\d+)/.exec(output);
      if (m?.[1]) resolve(Number(m[1]));
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    void exited.then((code) => reject(new Error(`the holder exited with ${code}:\n${output}`)));
  });
  try {
    expect(running(pid)).toBe(true);
    child.kill("SIGTERM");
    // A worker that dies of the signal (no handler) reports the signal, not an exit code.
    expect(await exited).toBe(143);
    // The worker sends SIGKILL to the browser as it exits; the kernel takes a moment to end it.
    // Left running, it would still run a minute on.
    const deadline = Date.now() + 60_000;
    while (running(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(running(pid)).toBe(false);
  } finally {
    child.kill("SIGKILL");
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
}, 120_000);
