import type { Browser, CDPSession, HTTPRequest, Page } from "puppeteer-core";
import { BrowserUnavailableError, RenderFailedError, RenderTimeoutError } from "../../core/errors.js";
import type { PdfPrinter, PrintJob } from "../../core/ports.js";
import type { BrowserSupervisor } from "./browser-supervisor.js";
import { PagePool } from "./page-pool.js";
import { fontSampler, printOnly } from "./print-only.js";
import type { RenderLimiter } from "./render-limiter.js";

/** A response the printer gives from memory, for one exact URL. */
export interface PrintAsset {
  contentType: string;
  body: Uint8Array;
}

export interface PrinterOptions {
  /** The only URLs (besides inline `data:`) the page may load, answered from memory. */
  assets?: ReadonlyMap<string, PrintAsset>;
  /** A warm page prints this many times, then is closed and a new one opened. */
  maxPrintsPerPage?: number;
  /** A warm page collects its garbage after every this many prints (0: never); see page-pool.ts. */
  collectEvery?: number;
  /** Whether the page opened ahead also loads every served font (see openAhead); on by default. */
  fontsAhead?: boolean;
}

export const DEFAULT_PRINTS_PER_PAGE = 50;

/** The most the page opened ahead waits for its fonts; a slower load is left to the first print. */
const FONTS_AHEAD_TIMEOUT_MS = 5000;

/**
 * The renderer reaches nothing. Chromium's serverless flags turn web security off, so this
 * filter is the only wall between a briefing and the network or the file system: everything
 * but inline `data:` resources and the exact asset URLs we answer ourselves is refused.
 */
function sealOff(page: Page, assets: ReadonlyMap<string, PrintAsset>): Promise<void> {
  page.on("request", (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    const asset = request.method() === "GET" ? assets.get(url) : undefined;
    if (asset) {
      void request.respond({
        status: 200,
        contentType: asset.contentType,
        // Fonts are fetched in CORS mode; the page's origin is opaque.
        headers: { "access-control-allow-origin": "*" },
        body: Buffer.from(asset.body),
      });
    } else if (url.startsWith("data:")) void request.continue();
    else void request.abort("blockedbyclient");
  });
  return page.setRequestInterception(true);
}

/** Whether a job comes with Chromium header or footer templates (empty: none). */
export const hasTemplates = (job: Pick<PrintJob, "headerHtml" | "footerHtml">) =>
  job.headerHtml.trim() !== "" || job.footerHtml.trim() !== "";

/**
 * Chromium's print of the loaded page, returned in the command's answer as base64, where
 * puppeteer's `page.pdf` has Chromium write it to a stream and reads that back in chunks (two
 * more round trips and a temporary file: about a seventh of a print of the reference briefing).
 * The parameters are those `page.pdf` sends for the options the printer uses; the paper size is
 * puppeteer's default, which the document's CSS page size overrides.
 */
async function printInline(session: CDPSession, job: PrintJob): Promise<Uint8Array> {
  const { data } = await session.send("Page.printToPDF", {
    transferMode: "ReturnAsBase64",
    printBackground: true,
    preferCSSPageSize: true,
    displayHeaderFooter: hasTemplates(job),
    headerTemplate: job.headerHtml,
    footerTemplate: job.footerHtml,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
    landscape: false,
    scale: 1,
    paperWidth: 8.5,
    paperHeight: 11,
    marginTop: 0,
    marginBottom: 0,
    marginLeft: 0,
    marginRight: 0,
    pageRanges: "",
  });
  // The decoded Buffer is the PDF (a Uint8Array): copying 400 KB into a new one cost more than
  // decoding it (2.4 ms against 1 ms of CPU on the reference briefing).
  return Buffer.from(data, "base64");
}

function deadline(ms: number): { promise: Promise<never>; clear: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RenderTimeoutError(ms)), ms);
  });
  return { promise, clear: () => clearTimeout(timer) };
}

export class ChromiumPrinter implements PdfPrinter {
  private readonly pages: PagePool;
  private readonly assets: ReadonlyMap<string, PrintAsset>;
  private readonly fontsAhead: boolean;

  constructor(
    private readonly supervisor: BrowserSupervisor,
    private readonly limiter: RenderLimiter,
    options: PrinterOptions = {},
  ) {
    const assets = options.assets ?? new Map<string, PrintAsset>();
    this.assets = assets;
    this.fontsAhead = options.fontsAhead ?? true;
    this.pages = new PagePool(
      async (page) => {
        await page.setJavaScriptEnabled(false);
        await sealOff(page, assets);
      },
      options.maxPrintsPerPage ?? DEFAULT_PRINTS_PER_PAGE,
      options.collectEvery,
      (browser) => supervisor.claimLaunchTab(browser),
    );
  }

  /** Pages opened so far (a warm page serves many prints). */
  get pagesOpened(): number {
    return this.pages.pagesOpened;
  }

  /** The most pages printing at once so far: never more than the limiter's concurrency. */
  get peakPagesInUse(): number {
    return this.pages.peakInUse;
  }

  private rendering = 0;

  /**
   * Renders Chromium is still working on, those abandoned at their deadline included: a render
   * past its deadline frees its queue slot at once, but it may take and close its page later.
   */
  get rendersInFlight(): number {
    return this.rendering;
  }

  /**
   * Starts the browser if it is not up, then opens and seals the page the first print will
   * take (see PagePool.openAhead): on a cold start, Chromium sets the page up on the other core
   * while this thread composes the first briefing. Counts as no render.
   *
   * That page then loads a line in every served font (print-only.ts, fontSampler), not printed:
   * a new renderer's first print otherwise fetches, decodes and sanitises its fonts itself, about
   * 40 of its 140 ms of Chromium CPU (bench/first-print.ts: 140 -> 100 ms, later prints 90),
   * while the fonts it loads ahead stay in the renderer's memory cache for every later document.
   */
  async openAhead(): Promise<void> {
    const browser = await this.supervisor.warm();
    if (!this.fontsAhead) return this.pages.openAhead(browser);
    const sampler = fontSampler(this.assets);
    await this.pages.openAhead(browser, async (page) => {
      await page.setContent(sampler, { waitUntil: "load", timeout: FONTS_AHEAD_TIMEOUT_MS });
    });
  }

  async print(job: PrintJob): Promise<Uint8Array> {
    // The deadline runs from the request, so time spent queued counts against it.
    const due = Date.now() + job.deadlineMs;
    return this.limiter.run(async () => {
      const remaining = due - Date.now();
      if (remaining <= 0) throw new RenderTimeoutError(job.deadlineMs);
      const timeout = deadline(remaining);
      let page: Page | undefined;
      let used: Browser | undefined;
      const render = this.supervisor.withBrowser(async (browser) => {
        used = browser;
        const warm = await this.pages.take(browser);
        page = warm.page;
        // Not laid out for the screen: only the print's layout counts (see print-only.ts).
        const html = printOnly(job.html, this.assets);
        await page.setContent(html, { waitUntil: "load", timeout: remaining });
        // A render abandoned while its document loaded must not start printing: Chromium cannot
        // stop a print once begun, and a single-process browser would hold every other page
        // until a long document was printed for nobody.
        const left = due - Date.now();
        if (left <= 0) throw new RenderTimeoutError(job.deadlineMs);
        // Its fonts preloaded, the loaded page is ready to print (the render's deadline bounds
        // the call); a document whose fonts load only once laid out goes through `page.pdf`,
        // which waits for them.
        if (html !== job.html)
          return { pdf: await printInline(await this.pages.session(warm), job), warm, browser };
        const pdf = await page.pdf({
          printBackground: true,
          preferCSSPageSize: true,
          // A briefing prints its running header and footer in its page margins (CSS): Chromium's
          // header and footer templates, a page of their own per sheet, only when a job has them.
          displayHeaderFooter: hasTemplates(job),
          // Tagged output lets Chromium write the bookmark outline from the h1-h6 headings.
          tagged: true,
          outline: true,
          headerTemplate: job.headerHtml,
          footerTemplate: job.footerHtml,
          timeout: left,
        });
        return { pdf, warm, browser };
      });
      this.rendering++;
      const settled = () => {
        this.rendering--;
      };
      void render.then(settled, settled);
      let clean = false;
      try {
        const { pdf, warm, browser } = await Promise.race([render, timeout.promise]);
        clean = true;
        await this.pages.release(browser, warm);
        return pdf;
      } catch (e) {
        if (e instanceof RenderTimeoutError) {
          // A render past its deadline may mean a hung browser: the supervisor asks it now.
          const browser = used as Browser | undefined;
          if (browser) void this.supervisor.suspect(browser);
          throw e;
        }
        // The browser crashed, disconnected or hung (503); a page's own failure stays a 500.
        if (e instanceof BrowserUnavailableError) throw e;
        throw new RenderFailedError("Chromium could not print the briefing.", e);
      } finally {
        timeout.clear();
        if (!clean) {
          // A render abandoned at its deadline may get its page only later; close it then too.
          let abandoned: Page | undefined;
          const close = async () => {
            if (!page || abandoned) return;
            abandoned = page;
            await this.pages.abandon(page);
          };
          void render.then(close, close);
          await close();
        }
      }
    });
  }
}
