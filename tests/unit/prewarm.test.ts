import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import type { Container } from "../../src/container.js";
import {
  childProcessSpawned,
  earlyProcessModel,
  launchBrowserEarly,
  prewarmWanted,
} from "../../src/handlers/prewarm.js";
import { createLogger } from "../../src/logger.js";

describe("prewarmWanted", () => {
  it("readies Chromium early on Lambda, unless told not to or given a browser of its own", () => {
    expect(prewarmWanted({ AWS_LAMBDA_FUNCTION_NAME: "fn" })).toBe(true);
    expect(prewarmWanted({ AWS_LAMBDA_FUNCTION_NAME: "fn", BROWSER_PREWARM: "off" })).toBe(false);
    expect(prewarmWanted({ AWS_LAMBDA_FUNCTION_NAME: "fn", CHROMIUM_PATH: "/usr/bin/chromium" })).toBe(false);
  });

  it("stays off elsewhere unless BROWSER_PREWARM=on", () => {
    expect(prewarmWanted({})).toBe(false);
    expect(prewarmWanted({ BROWSER_PREWARM: "on" })).toBe(true);
    expect(prewarmWanted({ BROWSER_PREWARM: "ON" })).toBe(true);
  });
});

describe("earlyProcessModel", () => {
  it("is the model config picks: CHROMIUM_PROCESS_MODEL, else single on Lambda and multi elsewhere", () => {
    expect(earlyProcessModel({ AWS_LAMBDA_FUNCTION_NAME: "fn" })).toBe("single");
    expect(earlyProcessModel({ AWS_LAMBDA_FUNCTION_NAME: "fn", CHROMIUM_PROCESS_MODEL: "multi" })).toBe(
      "multi",
    );
    expect(earlyProcessModel({})).toBe("multi");
    expect(earlyProcessModel({ CHROMIUM_PROCESS_MODEL: " single " })).toBe("single");
  });
});

describe("childProcessSpawned", () => {
  it("resolves once a child process is spawned, long before its cap", async () => {
    const started = performance.now();
    const spawned = childProcessSpawned(60_000);
    let child: ReturnType<typeof spawn> | undefined;
    setTimeout(() => {
      child = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
    }, 5);
    await spawned.promise;
    // The child exists (spawn returned) by the time the wait is over.
    expect(child?.pid).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(30_000);
    await new Promise((resolve) => child?.on("exit", resolve));
  });

  it("gives up at its cap when nothing is spawned, and cancel ends it at once", async () => {
    const started = performance.now();
    await childProcessSpawned(25).promise;
    expect(performance.now() - started).toBeGreaterThanOrEqual(20);
    const waiting = childProcessSpawned(60_000);
    waiting.cancel();
    await waiting.promise;
  });
});

describe("launchBrowserEarly", () => {
  const lambda = { AWS_LAMBDA_FUNCTION_NAME: "fn" };
  const containerWith = (openAhead?: () => Promise<void>) => {
    const calls: string[] = [];
    const container = {
      supervisor: { warm: async () => void calls.push("warm") },
      components: {
        printer: {
          print: async () => new Uint8Array(),
          ...(openAhead
            ? {
                openAhead: () => {
                  calls.push("openAhead");
                  return openAhead();
                },
              }
            : {}),
        },
      },
    } as unknown as Container;
    return { container, calls };
  };

  it("has the printer open the first print's page along with the browser, when it can", async () => {
    const { container, calls } = containerWith(async () => undefined);
    launchBrowserEarly(container, createLogger("silent"), lambda);
    await new Promise((r) => setImmediate(r));
    expect(calls).toEqual(["openAhead"]);
  });

  it("only starts the browser for a printer that cannot open ahead, and nothing when prewarm is off", async () => {
    const plain = containerWith();
    launchBrowserEarly(plain.container, createLogger("silent"), lambda);
    await new Promise((r) => setImmediate(r));
    expect(plain.calls).toEqual(["warm"]);
    const off = containerWith(async () => undefined);
    launchBrowserEarly(off.container, createLogger("silent"), { ...lambda, BROWSER_PREWARM: "off" });
    await new Promise((r) => setImmediate(r));
    expect(off.calls).toEqual([]);
  });
});
