import type { Browser, Page } from "puppeteer-core";
import { describe, expect, it } from "vitest";
import { PagePool } from "../../../src/adapters/browser/page-pool.js";

/** A browser whose pages open when `open` is called for each, so a test holds one half-open. */
function fakeBrowser() {
  const pages: Page[] = [];
  const waiting: (() => void)[] = [];
  let sessions = 0;
  const browser = {
    connected: true,
    newPage: async () => {
      await new Promise<void>((resolve) => waiting.push(resolve));
      let closed = false;
      const page = {
        isClosed: () => closed,
        close: async () => {
          closed = true;
        },
        createCDPSession: async () => {
          sessions++;
          return { send: async () => ({}) };
        },
      } as unknown as Page;
      pages.push(page);
      return page;
    },
  } as unknown as Browser;
  const openNext = async () => {
    for (let i = 0; i < 50 && waiting.length === 0; i++) await new Promise((r) => setImmediate(r));
    waiting.shift()?.();
  };
  return { browser, pages, openNext, sessions: () => sessions };
}

describe("PagePool.openAhead", () => {
  it("opens and seals a page with its session before any print, and the first print takes it", async () => {
    const { browser, pages, openNext, sessions } = fakeBrowser();
    const sealed: Page[] = [];
    const pool = new PagePool(async (page) => void sealed.push(page), 50, 0);
    const ahead = pool.openAhead(browser);
    await openNext();
    await ahead;
    expect(pages).toHaveLength(1);
    expect(sealed).toEqual(pages);
    expect(sessions()).toBe(1);
    expect(pool.pagesOpened).toBe(1);
    // Nothing more is opened: a page is idle already.
    await pool.openAhead(browser);
    const warm = await pool.take(browser);
    expect(warm.page).toBe(pages[0]);
    expect(warm.prints).toBe(0);
    // The session opened ahead is the one the print uses.
    expect(await pool.session(warm)).toBe(warm.session);
    expect(sessions()).toBe(1);
    expect(pool.pagesOpened).toBe(1);
  });

  it("takes the page the browser gives up (its launch tab) before opening one, and only once", async () => {
    const { browser, pages, openNext } = fakeBrowser();
    const tab = { isClosed: () => false, createCDPSession: async () => ({}) } as unknown as Page;
    let offered: Page | undefined = tab;
    const sealed: Page[] = [];
    const pool = new PagePool(
      async (page) => void sealed.push(page),
      50,
      0,
      () => {
        const given = offered;
        offered = undefined;
        return given;
      },
    );
    await pool.openAhead(browser);
    const first = await pool.take(browser);
    expect(first.page).toBe(tab);
    expect(sealed).toEqual([tab]);
    expect(pages).toHaveLength(0);
    // The tab in use, a second print opens a page of its own.
    const second = pool.take(browser);
    await openNext();
    expect((await second).page).toBe(pages[0]);
    expect(sealed).toEqual([tab, pages[0]]);
    expect(pool.pagesOpened).toBe(2);
  });

  it("makes a print that comes while the page is opening wait for it, not open a second", async () => {
    const { browser, pages, openNext } = fakeBrowser();
    const pool = new PagePool(async () => undefined, 50, 0);
    const ahead = pool.openAhead(browser);
    // Asked again while opening: the same opening.
    expect(pool.openAhead(browser)).toBe(ahead);
    const taking = pool.take(browser);
    await openNext();
    const warm = await taking;
    await ahead;
    expect(pages).toHaveLength(1);
    expect(warm.page).toBe(pages[0]);
  });

  it("leaves nothing behind when the page cannot be sealed: the print opens its own", async () => {
    const { browser, pages, openNext } = fakeBrowser();
    let first = true;
    const pool = new PagePool(
      async () => {
        if (first) {
          first = false;
          throw new Error("seal failed");
        }
      },
      50,
      0,
    );
    const ahead = pool.openAhead(browser);
    await openNext();
    await expect(ahead).rejects.toThrow("seal failed");
    expect(pages[0]?.isClosed()).toBe(true);
    const taking = pool.take(browser);
    await openNext();
    const warm = await taking;
    expect(warm.page).toBe(pages[1]);
    expect(warm.page.isClosed()).toBe(false);
  });
});
