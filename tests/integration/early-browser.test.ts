import type { Browser } from "puppeteer-core";
import { afterAll, describe, expect, it } from "vitest";
import { BrowserSupervisor } from "../../src/adapters/browser/browser-supervisor.js";
import { chromiumLaunchOptions } from "../../src/adapters/browser/launch-options.js";
import { launchAdoptingEarly, launchBrowserAtEntry } from "../../src/handlers/prewarm.js";

// The HTTP function's entry launches Chromium before its code loads (src/handlers/lambda-http.ts);
// the container's supervisor then adopts that browser instead of starting a second one.
const opened: Browser[] = [];
const markedAt = (name: string) => performance.getEntriesByName(`sb:${name}`).at(-1)?.startTime;

async function untilMarked(name: string, after: number): Promise<number> {
  for (;;) {
    const at = markedAt(name);
    if (at !== undefined && at > after) return at;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

afterAll(async () => {
  await Promise.all(opened.map((b) => b.close().catch(() => undefined)));
});

describe("the browser launched at the entry", () => {
  it("is off unless prewarming is wanted: no launch, and the supervisor launches its own", async () => {
    const before = performance.now();
    await launchBrowserAtEntry({});
    expect(markedAt("browserLaunchStarted") ?? 0).toBeLessThan(before);
  });

  it("is the one the supervisor's first launch returns, and later launches are new browsers", async () => {
    const asked = performance.now();
    // The process model the supervisor below asks for (chromiumLaunchOptions' default).
    await launchBrowserAtEntry({ BROWSER_PREWARM: "on", CHROMIUM_PROCESS_MODEL: "single" });
    // The launch began at the entry, without anyone asking for a browser.
    const up = await untilMarked("browserUp", asked);
    const supervisor = new BrowserSupervisor({
      launchOptions: () => chromiumLaunchOptions(),
      launch: async (options) => {
        const b = await launchAdoptingEarly(options);
        opened.push(b);
        return b;
      },
      maxRendersPerBrowser: 1,
      pingIntervalMs: 0,
    });
    const adoptedAt = performance.now();
    await supervisor.warm();
    expect(up).toBeLessThan(adoptedAt);
    // Adopted, not closed and launched again: Puppeteer rewrites the feature flags of the
    // arguments it is given, which once made every adoption compare unequal.
    expect(markedAt("earlyBrowserAdopted") ?? 0).toBeGreaterThan(adoptedAt);
    expect(markedAt("earlyBrowserReplaced") ?? 0).toBeLessThan(asked);
    const [first] = opened;
    expect(first?.connected).toBe(true);
    expect(await first?.version()).toMatch(/Chrome/);
    // Adopted once: the next launch starts a browser of its own.
    const second = await launchAdoptingEarly(await chromiumLaunchOptions());
    opened.push(second);
    expect(second).not.toBe(first);
    expect(second.process()?.pid).not.toBe(first?.process()?.pid);
    await expect(supervisor.health()).resolves.toMatchObject({ launches: 1 });
    await supervisor.close();
    expect(first?.connected).toBe(false);
  });

  it("is launched in the process model config picks, and closed, not handed over, when the supervisor asks for another", async () => {
    const asked = performance.now();
    // Off Lambda, config's default is the multi-process model: so is the early browser's.
    await launchBrowserAtEntry({ BROWSER_PREWARM: "on" });
    await untilMarked("browserUp", asked);
    const multi = await launchAdoptingEarly(
      await chromiumLaunchOptions(undefined, { processModel: "multi" }),
    );
    opened.push(multi);
    expect(multi.process()?.spawnargs).not.toContain("--single-process");

    const again = performance.now();
    await launchBrowserAtEntry({ BROWSER_PREWARM: "on" });
    await untilMarked("browserUp", again);
    // The early multi-process browser is not handed to a supervisor asking for one process.
    const replacing = performance.now();
    const single = await launchAdoptingEarly(
      await chromiumLaunchOptions(undefined, { processModel: "single" }),
    );
    opened.push(single);
    expect(single.process()?.spawnargs).toContain("--single-process");
    expect(markedAt("earlyBrowserReplaced") ?? 0).toBeGreaterThan(replacing);
  });

  it("is closed, not handed over, when the supervisor asks for another executable", async () => {
    const asked = performance.now();
    await launchBrowserAtEntry({ BROWSER_PREWARM: "on", CHROMIUM_PROCESS_MODEL: "single" });
    await untilMarked("browserUp", asked);
    const options = { ...(await chromiumLaunchOptions()), executablePath: "/nonexistent/chromium" };
    await expect(launchAdoptingEarly(options)).rejects.toThrow(/nonexistent/);
  });
});
