import { type ChildProcess, spawn } from "node:child_process";
import { EventEmitter } from "node:events";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { Browser } from "puppeteer-core";
import { afterEach, describe, expect, it } from "vitest";
import { BrowserSupervisor } from "../../../src/adapters/browser/browser-supervisor.js";
import { BrowserUnavailableError } from "../../../src/core/errors.js";

/** Stand-ins for browser processes: real processes, each the leader of its own group as Chromium is. */
const processes: ChildProcess[] = [];
afterEach(() => {
  for (const p of processes.splice(0)) if (p.exitCode === null && p.signalCode === null) p.kill("SIGKILL");
});

/** A browser over a real process (`sleep`), so the supervisor's kills reach something. */
function fakeBrowser() {
  const proc = spawn("sleep", ["600"], { detached: true, stdio: "ignore" });
  processes.push(proc);
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    proc.once("exit", (_c, signal) => resolve(signal)),
  );
  const events = new EventEmitter();
  let closed = 0;
  const browser = Object.assign(events, {
    connected: true,
    pages: async () => [],
    process: () => proc,
    version: async () => "fake/1",
    close: async () => {
      closed++;
      proc.kill("SIGTERM");
    },
  }) as unknown as Browser;
  return { browser, proc, exited, closes: () => closed };
}

function supervisorOver(made: ReturnType<typeof fakeBrowser>[]) {
  return new BrowserSupervisor({
    launchOptions: async () => ({}),
    launch: async () => {
      const b = fakeBrowser();
      made.push(b);
      return b.browser;
    },
    maxRendersPerBrowser: 100,
    pingIntervalMs: 0,
  });
}

describe("BrowserSupervisor", () => {
  it("keeps no render's result once it is returned: the browser's lifetime holds none of them", async () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const made: ReturnType<typeof fakeBrowser>[] = [];
    const supervisor = supervisorOver(made);
    // In a function of its own, so no local of this test's frame holds the last result.
    const render = async () =>
      new WeakRef(await supervisor.withBrowser(async () => ({ pdf: new Uint8Array(1024) })));
    const results = [await render(), await render(), await render()];
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    // Raced against a promise that lives as long as the browser, each result stayed reachable.
    expect(results.filter((r) => r.deref() !== undefined)).toHaveLength(0);
    // The browser is the same one all along, and it still fails renders at once when it dies.
    expect(made).toHaveLength(1);
    const dying = supervisor.withBrowser(() => new Promise(() => undefined));
    await new Promise((resolve) => setImmediate(resolve));
    made[0]?.browser.emit("disconnected", undefined);
    await expect(dying).rejects.toBeInstanceOf(BrowserUnavailableError);
    await supervisor.close();
  });

  it("launches no browser once closed: a render that comes after close() fails instead", async () => {
    const made: ReturnType<typeof fakeBrowser>[] = [];
    const supervisor = supervisorOver(made);
    expect(await supervisor.withBrowser(async () => "printed")).toBe("printed");
    await supervisor.close();
    expect(made[0]?.closes()).toBe(1);
    await expect(supervisor.withBrowser(async () => "printed")).rejects.toBeInstanceOf(
      BrowserUnavailableError,
    );
    await expect(supervisor.warm()).rejects.toBeInstanceOf(BrowserUnavailableError);
    expect(made).toHaveLength(1);
    expect((await supervisor.health()).launches).toBe(1);
  });

  it("closes a browser still launching when close() is called", async () => {
    const made: ReturnType<typeof fakeBrowser>[] = [];
    const supervisor = supervisorOver(made);
    const warming = supervisor.warm();
    await supervisor.close();
    await warming;
    expect(made).toHaveLength(1);
    expect(made[0]?.closes()).toBe(1);
  });

  it("kills the process group of a browser that disconnected, which nothing else would close", async () => {
    const made: ReturnType<typeof fakeBrowser>[] = [];
    const supervisor = supervisorOver(made);
    const browser = await supervisor.warm();
    const [first] = made;
    if (!first) throw new Error("no browser launched");
    // The connection broke; the process runs on.
    (browser as unknown as EventEmitter).emit("disconnected");
    expect(await first.exited).toBe("SIGKILL");
    expect(first.closes()).toBe(0);
    // The next render has a new browser.
    expect(await supervisor.withBrowser(async (b) => b !== browser)).toBe(true);
    expect((await supervisor.health()).replaced).toBe(1);
    await supervisor.close();
  });
});
