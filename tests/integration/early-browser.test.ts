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
    await launchBrowserAtEntry({ BROWSER_PREWARM: "on" });
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

  it("is closed, not handed over, when the supervisor asks for another executable", async () => {
    const asked = performance.now();
    await launchBrowserAtEntry({ BROWSER_PREWARM: "on" });
    await untilMarked("browserUp", asked);
    const options = { ...(await chromiumLaunchOptions()), executablePath: "/nonexistent/chromium" };
    await expect(launchAdoptingEarly(options)).rejects.toThrow(/nonexistent/);
  });
});
