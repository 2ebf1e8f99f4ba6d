import type { Browser, HTTPRequest, Page } from "puppeteer-core";
import { BrowserUnavailableError, RenderFailedError, RenderTimeoutError } from "../../core/errors.js";
import type { PdfPrinter, PrintJob } from "../../core/ports.js";
import type { BrowserSupervisor } from "./browser-supervisor.js";
import type { RenderLimiter } from "./render-limiter.js";

/**
 * The renderer reaches nothing. Chromium's serverless flags turn web security off, so this
 * filter is the only wall between a briefing and the network or the file system: everything
 * but inline `data:` resources is refused.
 */
function sealOff(page: Page): Promise<void> {
  page.on("request", (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    if (request.url().startsWith("data:")) void request.continue();
    else void request.abort("blockedbyclient");
  });
  return page.setRequestInterception(true);
}

function deadline(ms: number): { promise: Promise<never>; clear: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RenderTimeoutError(ms)), ms);
  });
  return { promise, clear: () => clearTimeout(timer) };
}

/** How long a finished render waits for its page to close: a hung browser never answers. */
const PAGE_CLOSE_WAIT_MS = 500;

const pause = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms).unref();
  });

export class ChromiumPrinter implements PdfPrinter {
  constructor(
    private readonly supervisor: BrowserSupervisor,
    private readonly limiter: RenderLimiter,
  ) {}

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
        page = await browser.newPage();
        await page.setJavaScriptEnabled(false);
        await sealOff(page);
        await page.setContent(job.html, { waitUntil: "load", timeout: remaining });
        return page.pdf({
          printBackground: true,
          preferCSSPageSize: true,
          displayHeaderFooter: true,
          // Tagged output lets Chromium write the bookmark outline from the h1-h6 headings.
          tagged: true,
          outline: true,
          headerTemplate: job.headerHtml,
          footerTemplate: job.footerHtml,
          timeout: remaining,
        });
      });
      try {
        return await Promise.race([render, timeout.promise]);
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
        // A render abandoned at its deadline may get its page only later; close it then too.
        const close = () => (page as Page | undefined)?.close().catch(() => undefined);
        void render.then(close, close);
        await Promise.race([close(), pause(PAGE_CLOSE_WAIT_MS)]);
      }
    });
  }
}
