import type { Browser, CDPSession, Page } from "puppeteer-core";

export interface Warm {
  page: Page;
  prints: number;
  /** A garbage collection started after its last print; the next print on it waits for it. */
  collecting?: Promise<void>;
  session?: CDPSession;
}

/**
 * A warm page collects its garbage after this many prints. With JavaScript off, the renderer
 * allocates almost nothing on the V8 heap, so V8 never decides to collect, and every document a
 * page printed stays in memory (measured on the reference briefing: about 11 MB per print, in
 * the renderer process of the multi-process model as in the single-process one). A forced
 * collection returns it all, but costs about a third of a print, hence once per few prints.
 */
export const DEFAULT_COLLECT_EVERY = 4;

/** How long a finished render waits for a page to close: a hung browser never answers. */
const PAGE_CLOSE_WAIT_MS = 500;

const pause = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms).unref();
  });

/**
 * Warm pages, per browser: opening and sealing a page costs more than a small print, so a page
 * that printed cleanly prints again, up to `maxPrintsPerPage` times. A page whose render failed
 * or was abandoned is closed, never reused. Pages live and die with their browser: when the
 * supervisor replaces a browser, its pages are forgotten with it.
 */
export class PagePool {
  private readonly idle = new WeakMap<Browser, Warm[]>();
  /** A page being opened ahead of the first print (openAhead), per browser. */
  private readonly opening = new WeakMap<Browser, Promise<void>>();
  private opened = 0;
  private inUse = 0;
  private peak = 0;

  constructor(
    /** Seals a new page; a page is used only once this resolved. */
    private readonly prepare: (page: Page) => Promise<void>,
    private readonly maxPrintsPerPage: number,
    /** Collect a page's garbage after every this many prints (0: never). */
    private readonly collectEvery = DEFAULT_COLLECT_EVERY,
    /** A page the browser has open already and gives up (its launch tab), used before a new one. */
    private readonly claim: (browser: Browser) => Page | undefined = () => undefined,
  ) {}

  /** The browser's launch tab if it is still there, else a new page. */
  private open(browser: Browser): Promise<Page> {
    const tab = this.claim(browser);
    return tab ? Promise.resolve(tab) : browser.newPage();
  }

  private collections_ = 0;

  /** Garbage collections started on warm pages so far. */
  get collections(): number {
    return this.collections_;
  }

  /** Pages opened so far: with reuse, far fewer than prints. */
  get pagesOpened(): number {
    return this.opened;
  }

  /** The most pages printing at the same time so far: bounded by the printer's concurrency. */
  get peakInUse(): number {
    return this.peak;
  }

  /** Hands out a page; the caller gives it back with `release` or `discard`. */
  async take(browser: Browser): Promise<Warm> {
    this.inUse++;
    this.peak = Math.max(this.peak, this.inUse);
    // A page opened ahead is waited for rather than a second one opened beside it.
    const opening = this.opening.get(browser);
    if (opening && !this.idle.get(browser)?.length) await opening.catch(() => undefined);
    const idle = this.idle.get(browser) ?? [];
    for (let warm = idle.pop(); warm; warm = idle.pop()) {
      // A collection in progress is waited for: it ends well before a new page would be ready.
      if (warm.collecting) await warm.collecting;
      if (!warm.page.isClosed()) return warm;
    }
    this.opened++;
    try {
      const page = await this.open(browser);
      try {
        await this.prepare(page);
      } catch (e) {
        void page.close().catch(() => undefined);
        throw e;
      }
      return { page, prints: 0 };
    } catch (e) {
      this.inUse--;
      throw e;
    }
  }

  /**
   * Opens and seals a page, and its DevTools session, before any print asks for one, and keeps
   * it idle for the first print. A new browser's first page costs Chromium a renderer, a frame
   * and the page's setup (and the caller's thread a dozen round trips): done while the browser
   * would otherwise wait for the first briefing's composition, not after it. A print that
   * comes while the page is still opening waits for it. Nothing when a page is idle already.
   * `warmUp`, when given, runs on the sealed page before it is kept (best effort: its failure
   * leaves the page as it would be without it).
   */
  openAhead(browser: Browser, warmUp?: (page: Page) => Promise<void>): Promise<void> {
    if (this.idle.get(browser)?.length) return Promise.resolve();
    const pending = this.opening.get(browser);
    if (pending) return pending;
    const opened = (async () => {
      const page = await this.open(browser);
      let warm: Warm;
      try {
        await this.prepare(page);
        warm = { page, prints: 0, session: await page.createCDPSession() };
      } catch (e) {
        void page.close().catch(() => undefined);
        throw e;
      }
      // Best effort: a page whose warming failed is still sealed, and prints as a new one would.
      if (warmUp) await warmUp(page).catch(() => undefined);
      this.opened++;
      const idle = this.idle.get(browser) ?? [];
      idle.push(warm);
      this.idle.set(browser, idle);
    })().finally(() => {
      this.opening.delete(browser);
    });
    this.opening.set(browser, opened);
    return opened;
  }

  /** After a clean print: keeps the page warm, or closes it once it reached its budget. */
  async release(browser: Browser, warm: Warm): Promise<void> {
    this.inUse--;
    warm.prints++;
    if (warm.prints < this.maxPrintsPerPage && browser.connected && !warm.page.isClosed()) {
      // Started after the print is handed back, so no response waits for it; only the next
      // print on this page does, should it come before the collection ends.
      if (this.collectEvery > 0 && warm.prints % this.collectEvery === 0) this.collect(warm);
      const idle = this.idle.get(browser) ?? [];
      idle.push(warm);
      this.idle.set(browser, idle);
      return;
    }
    await this.discard(warm.page);
  }

  /** The page's own DevTools session, opened on first use and kept with the page. */
  async session(warm: Warm): Promise<CDPSession> {
    warm.session ??= await warm.page.createCDPSession();
    return warm.session;
  }

  /** Starts a full garbage collection in the page's renderer; a failure only skips it. */
  private collect(warm: Warm): void {
    this.collections_++;
    warm.collecting = (async () => {
      await (await this.session(warm)).send("HeapProfiler.collectGarbage");
    })()
      .catch(() => undefined)
      .finally(() => {
        warm.collecting = undefined;
      });
  }

  /** Closes a page that must not print again, waiting briefly: a hung browser never answers. */
  async discard(page: Page | undefined): Promise<void> {
    await Promise.race([page?.close().catch(() => undefined), pause(PAGE_CLOSE_WAIT_MS)]);
  }

  /** A page taken for a render that failed: closed, never reused, and no longer in use. */
  async abandon(page: Page | undefined): Promise<void> {
    this.inUse--;
    await this.discard(page);
  }
}
