import type { Browser, Page } from "puppeteer-core";
import { describe, expect, it } from "vitest";
import { PagePool } from "../../../src/adapters/browser/page-pool.js";
import { fontSampler } from "../../../src/adapters/browser/print-only.js";

/** A browser whose pages open at once, each recording what was done to it. */
function fakeBrowser() {
  const pages: Page[] = [];
  const browser = {
    connected: true,
    newPage: async () => {
      let closed = false;
      const page = {
        isClosed: () => closed,
        close: async () => {
          closed = true;
        },
        createCDPSession: async () => ({ send: async () => ({}) }),
      } as unknown as Page;
      pages.push(page);
      return page;
    },
  } as unknown as Browser;
  return { browser, pages };
}

describe("PagePool.openAhead with a warm-up", () => {
  it("warms the page once sealed and before a print can take it", async () => {
    const { browser, pages } = fakeBrowser();
    const steps: string[] = [];
    const pool = new PagePool(async () => void steps.push("seal"), 50, 0);
    let release: () => void = () => undefined;
    const ahead = pool.openAhead(browser, async () => {
      steps.push("warm");
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      steps.push("warmed");
    });
    const taking = pool.take(browser).then((w) => {
      steps.push("taken");
      return w;
    });
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    expect(steps).toEqual(["seal", "warm"]);
    release();
    await ahead;
    expect((await taking).page).toBe(pages[0]);
    expect(steps).toEqual(["seal", "warm", "warmed", "taken"]);
    expect(pool.pagesOpened).toBe(1);
  });

  it("keeps the sealed page when its warm-up fails: the first print still takes it", async () => {
    const { browser, pages } = fakeBrowser();
    const pool = new PagePool(async () => undefined, 50, 0);
    await pool.openAhead(browser, async () => {
      throw new Error("fonts did not load");
    });
    const warm = await pool.take(browser);
    expect(warm.page).toBe(pages[0]);
    expect(warm.page.isClosed()).toBe(false);
    expect(pages).toHaveLength(1);
  });

  it("does not warm a page when one is idle already", async () => {
    const { browser } = fakeBrowser();
    const pool = new PagePool(async () => undefined, 50, 0);
    await pool.openAhead(browser);
    let warmed = 0;
    await pool.openAhead(browser, async () => {
      warmed++;
    });
    expect(warmed).toBe(0);
  });
});

describe("fontSampler", () => {
  it("names every served font, and only served fonts, each under a family of its own", () => {
    const served = new Map([
      ["https://assets.example.invalid/fonts/a.woff2", { contentType: "font/woff2" }],
      ["https://assets.example.invalid/fonts/b.woff2", { contentType: "font/woff2" }],
      ["https://assets.example.invalid/styles.css", { contentType: "text/css" }],
    ]);
    const html = fontSampler(served);
    expect([...html.matchAll(/url\(([^)]*)\)/g)].map((m) => m[1])).toEqual([
      "https://assets.example.invalid/fonts/a.woff2",
      "https://assets.example.invalid/fonts/b.woff2",
    ]);
    expect(html).toContain('<p style="font-family:f0">');
    expect(html).toContain('<p style="font-family:f1">');
    expect(html).not.toContain("styles.css");
  });

  it("is an empty page when nothing is served", () => {
    expect(fontSampler(new Map())).not.toContain("url(");
  });
});
