import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { BrowserSupervisor } from "../../src/adapters/browser/browser-supervisor.js";
import { ChromiumPrinter, type PrintAsset } from "../../src/adapters/browser/chromium-printer.js";
import { chromiumLaunchOptions } from "../../src/adapters/browser/launch-options.js";
import { printOnly } from "../../src/adapters/browser/print-only.js";
import { RenderLimiter } from "../../src/adapters/browser/render-limiter.js";
import { loadEmbeddedFonts } from "../../src/adapters/templates/embedded-fonts.js";
import { ASSET_ORIGIN, fontAssetsFromInlineCss } from "../../src/adapters/templates/font-assets.js";
import { BrowserUnavailableError, OverloadedError, RenderTimeoutError } from "../../src/core/errors.js";
import { startCanary } from "../support/canary.js";
import { readPdf } from "../support/pdf.js";
import { job, page } from "../support/print-jobs.js";

const supervisors: BrowserSupervisor[] = [];
function printer(
  options: {
    maxRenders?: number;
    maxRssMb?: number;
    concurrency?: number;
    queue?: number;
    maxPrintsPerPage?: number;
    assets?: ReadonlyMap<string, PrintAsset>;
    fontsAhead?: boolean;
  } = {},
) {
  const supervisor = new BrowserSupervisor({
    launchOptions: () => chromiumLaunchOptions(),
    maxRendersPerBrowser: options.maxRenders ?? 100,
    ...(options.maxRssMb ? { maxRssMb: options.maxRssMb } : {}),
  });
  supervisors.push(supervisor);
  return {
    supervisor,
    printer: new ChromiumPrinter(
      supervisor,
      new RenderLimiter(options.concurrency ?? 2, options.queue ?? 4),
      {
        assets: options.assets,
        maxPrintsPerPage: options.maxPrintsPerPage,
        ...(options.fontsAhead === undefined ? {} : { fontsAhead: options.fontsAhead }),
      },
    ),
  };
}
afterEach(async () => {
  await Promise.all(supervisors.splice(0).map((s) => s.close()));
});

let canary: Awaited<ReturnType<typeof startCanary>>;
beforeAll(async () => {
  canary = await startCanary();
});
afterAll(() => canary.close());

/**
 * The embedded fonts as print assets whose bodies record each read: a font's body is read only to
 * answer a request for it, so `asked` lists the requests the renderer made.
 */
async function countedFonts() {
  const fonts = fontAssetsFromInlineCss(await loadEmbeddedFonts());
  const asked: string[] = [];
  const counted = new Map<string, PrintAsset>(
    [...fonts.files].map(([url, asset]) => [
      url,
      {
        contentType: asset.contentType,
        get body() {
          asked.push(url);
          return asset.body;
        },
      },
    ]),
  );
  return { fonts, asked, counted };
}

describe("ChromiumPrinter", () => {
  it("prints inline the same PDF as puppeteer's page.pdf: pages, text, outline and tags", async () => {
    const { supervisor, printer: p } = printer();
    const html = page(
      "<h1>Briefing</h1><h2>Key judgments</h2><p>First page</p><h2 style='break-before:page'>Sources</h2><p>Second page</p>",
    );
    const printed = job(html);
    const ours = await p.print(printed);
    // The same document printed as page.pdf prints it, its PDF read back from a stream.
    const theirs = await supervisor.withBrowser(async (browser) => {
      const other = await browser.newPage();
      try {
        await other.setJavaScriptEnabled(false);
        await other.setContent(printOnly(html, new Map()), { waitUntil: "load" });
        return await other.pdf({
          printBackground: true,
          preferCSSPageSize: true,
          displayHeaderFooter: true,
          headerTemplate: printed.headerHtml,
          footerTemplate: printed.footerHtml,
          tagged: true,
          outline: true,
        });
      } finally {
        await other.close();
      }
    });
    const [a, b] = await Promise.all([readPdf(ours), readPdf(theirs)]);
    expect(a.pages).toBe(2);
    expect(a.pageTexts).toEqual(b.pageTexts);
    expect(a.outline).toEqual(["Briefing", "Key judgments", "Sources"]);
    expect(a.outline).toEqual(b.outline);
    const tagged = (pdf: Uint8Array) => Buffer.from(pdf).toString("latin1").includes("/StructTreeRoot");
    expect(tagged(ours)).toBe(true);
    expect(tagged(theirs)).toBe(true);
    // Only the creation date differs: the same objects, of the same sizes.
    expect(ours.byteLength).toBe(theirs.byteLength);
  });

  it("prints real PDFs with the page's text", async () => {
    const { printer: p } = printer();
    const pdf = await p.print(job(page("<h1>Briefing</h1><p style='break-before:page'>Second page</p>")));
    const read = await readPdf(pdf);
    expect(read.pages).toBe(2);
    expect(read.pageTexts[0]).toContain("Briefing");
    expect(read.pageTexts[1]).toContain("Second page");
  });

  it("fetches nothing: network, files and frames are all refused", async () => {
    const { printer: p } = printer();
    const html = page(`
      <link rel="stylesheet" href="${canary.url}/style.css">
      <img src="${canary.url}/image.png">
      <iframe src="${canary.url}/frame.html"></iframe>
      <iframe src="file:///etc/passwd"></iframe>
      <object data="${canary.url}/object"></object>
      <p>sealed</p>`);
    const read = await readPdf(await p.print(job(html)));
    expect(read.text).toContain("sealed");
    expect(read.text).not.toMatch(/root:x:0:0/);
    expect(canary.hits).toEqual([]);
  });

  it("runs no JavaScript in the page", async () => {
    const { printer: p } = printer();
    const html = page(
      `<p id="x">static text</p><script>document.getElementById("x").textContent = "SCRIPT" + "ED"; fetch("${canary.url}/js")</script>`,
    );
    const read = await readPdf(await p.print(job(html)));
    expect(read.text).toContain("static text");
    expect(read.text).not.toContain("SCRIPTED");
    expect(canary.hits).toEqual([]);
  });

  it("abandons a render at its deadline", async () => {
    const { printer: p } = printer();
    const big = page("<p>line</p>".repeat(40_000));
    await expect(p.print(job(big, 5))).rejects.toBeInstanceOf(RenderTimeoutError);
    // The browser is still usable afterwards.
    expect((await readPdf(await p.print(job(page("<p>after</p>"))))).text).toContain("after");
  });

  it("refuses work beyond its queue", async () => {
    const { printer: p } = printer({ concurrency: 1, queue: 0 });
    const results = await Promise.allSettled([
      p.print(job(page("<p>a</p>"))),
      p.print(job(page("<p>b</p>"))),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(OverloadedError);
  });

  it("launches a new browser after the old one crashes", async () => {
    const { supervisor, printer: p } = printer();
    await p.print(job(page("<p>one</p>")));
    // The work during which the browser dies fails as the browser's failure, not the page's.
    await expect(
      supervisor.withBrowser(async (browser) => {
        browser.process()?.kill("SIGKILL");
        await new Promise((resolve) => browser.once("disconnected", resolve));
      }),
    ).rejects.toBeInstanceOf(BrowserUnavailableError);
    const read = await readPdf(await p.print(job(page("<p>two</p>"))));
    expect(read.text).toContain("two");
    expect(await supervisor.health()).toMatchObject({ status: "up", launches: 2, replaced: 1 });
  });

  it("retires a browser after its render budget and reports health", async () => {
    const { supervisor, printer: p } = printer({ maxRenders: 2 });
    expect(await supervisor.health()).toMatchObject({ status: "idle", launches: 0 });
    for (const n of [1, 2, 3]) await p.print(job(page(`<p>${n}</p>`)));
    expect(await supervisor.health()).toMatchObject({
      status: "up",
      launches: 2,
      renders: 3,
      version: expect.stringMatching(/Chrome/),
    });
  });

  it("relaunches a browser past its memory budget, launching the next one before the next render", async () => {
    // Any running Chromium is past 1 MB: every render retires its browser.
    const { supervisor, printer: p } = printer({ maxRssMb: 1, concurrency: 1 });
    for (const n of [1, 2, 3]) {
      expect((await readPdf(await p.print(job(page(`<p>print ${n}</p>`))))).text).toContain(`print ${n}`);
    }
    // Three browsers printed, and a fourth is already starting for the next render.
    expect(await supervisor.health()).toMatchObject({ launches: 4, renders: 3, replaced: 0 });
  });

  it("keeps its browser while under the memory budget", async () => {
    const { supervisor, printer: p } = printer({ maxRssMb: 100_000, concurrency: 1 });
    for (const n of [1, 2, 3]) await p.print(job(page(`<p>${n}</p>`)));
    expect(await supervisor.health()).toMatchObject({ status: "up", launches: 1, renders: 3 });
  });

  it("prints on warm pages and opens a new one after N prints", async () => {
    const { printer: p } = printer({ maxPrintsPerPage: 2, concurrency: 1 });
    for (const n of [1, 2, 3]) {
      expect((await readPdf(await p.print(job(page(`<p>print ${n}</p>`))))).text).toContain(`print ${n}`);
    }
    // The second page reuses the first; the third print needs a new page.
    expect(p.pagesOpened).toBe(2);
  });

  it("prints first on the tab Chromium opened at launch, sealed like any page, and opens no other for it", async () => {
    const { supervisor, printer: p } = printer({ concurrency: 1 });
    const browser = await supervisor.warm();
    const [tab, ...more] = await browser.pages();
    expect(more).toEqual([]);
    const hostile = page(`<img src="${canary.url}/tab.png"><p>on the launch tab</p>`);
    expect((await readPdf(await p.print(job(hostile)))).text).toContain("on the launch tab");
    expect(await browser.pages()).toEqual([tab]);
    expect(tab?.url()).toBe("about:blank");
    expect(p.pagesOpened).toBe(1);
    expect(canary.hits).toEqual([]);
  });

  it("prints at most its concurrency at once, each on its own warm page, the rest waiting", async () => {
    const { printer: p } = printer({ concurrency: 2, queue: 8 });
    const pdfs = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => p.print(job(page(`<p>print ${n}</p>`)))));
    for (const [i, pdf] of pdfs.entries()) expect((await readPdf(pdf)).text).toContain(`print ${i + 1}`);
    // Six prints, two at a time: two pages opened, both kept warm and reused for the others.
    expect(p.peakPagesInUse).toBe(2);
    expect(p.pagesOpened).toBe(2);
  });

  it("a page whose render failed leaves the pool: the next print opens a new one", async () => {
    const { printer: p } = printer({ concurrency: 2, queue: 8 });
    await Promise.all([p.print(job(page("<p>a</p>"))), p.print(job(page("<p>b</p>")))]);
    expect(p.pagesOpened).toBe(2);
    await expect(p.print(job(page("<p>line</p>".repeat(40_000)), 5))).rejects.toBeInstanceOf(
      RenderTimeoutError,
    );
    // The abandoned render takes a page and closes it after its deadline: wait until it has.
    await vi.waitFor(() => expect(p.rendersInFlight).toBe(0), { timeout: 10_000 });
    // One warm page is left; two prints at once need it and one new page.
    await Promise.all([p.print(job(page("<p>c</p>"))), p.print(job(page("<p>d</p>")))]);
    expect(p.pagesOpened).toBe(3);
    expect(p.peakPagesInUse).toBe(2);
  });

  it("does not reuse a page whose render failed", async () => {
    const { printer: p } = printer({ concurrency: 1 });
    await p.print(job(page("<p>one</p>")));
    await expect(p.print(job(page("<p>line</p>".repeat(40_000)), 5))).rejects.toBeInstanceOf(
      RenderTimeoutError,
    );
    expect((await readPdf(await p.print(job(page("<p>after</p>"))))).text).toContain("after");
    expect(p.pagesOpened).toBe(2);
  });

  it("stays sealed on a warm page: a second hostile print still reaches nothing", async () => {
    const { printer: p } = printer({ concurrency: 1 });
    const hostile = page(
      `<link rel="stylesheet" href="${canary.url}/a.css"><img src="${canary.url}/b.png"><p>x</p>`,
    );
    await p.print(job(hostile));
    await p.print(job(hostile));
    expect(p.pagesOpened).toBe(1);
    expect(canary.hits).toEqual([]);
  });

  it("serves its own font URLs from memory and refuses every other URL of the asset origin", async () => {
    const fonts = fontAssetsFromInlineCss(await loadEmbeddedFonts());
    const { printer: p } = printer({ assets: fonts.files });
    const html = page(`<style>${fonts.css} p { font-family: 'Source Serif 4'; }</style>
      <link rel="stylesheet" href="${ASSET_ORIGIN}/fonts/../styles.css">
      <img src="${ASSET_ORIGIN}/fonts/unknown.woff2">
      <img src="${canary.url}/c.png"><p>served</p>`);
    const pdf = await p.print(job(html));
    expect((await readPdf(pdf)).text).toContain("served");
    // The face was loaded from memory, so the PDF embeds it rather than a fallback.
    expect(Buffer.from(pdf).toString("latin1")).toMatch(/\/BaseFont\s*\/[A-Z]{6}\+SourceSerif4/);
    expect(canary.hits).toEqual([]);
  });

  it("asks for a font once per warm page: its next prints take it from the renderer's memory cache", async () => {
    const { fonts, asked, counted } = await countedFonts();
    const { printer: p } = printer({ assets: counted, concurrency: 1 });
    const html = (word: string) =>
      page(`<style>${fonts.css} p { font-family: 'Source Serif 4'; }</style><p>${word}</p>`);
    const first = await p.print(job(html("first")));
    const afterFirst = asked.length;
    expect(afterFirst).toBeGreaterThan(0);
    const second = await p.print(job(html("second")));
    expect(p.pagesOpened).toBe(1);
    expect(asked.length).toBe(afterFirst);
    expect((await readPdf(second)).text).toContain("second");
    // Still the served face, not a fallback, in both prints.
    for (const pdf of [first, second])
      expect(Buffer.from(pdf).toString("latin1")).toMatch(/\/BaseFont\s*\/[A-Z]{6}\+SourceSerif4/);
    // And a URL the printer does not serve is still refused on the warm page.
    await p.print(job(page(`<img src="${canary.url}/warm.png"><p>x</p>`)));
    expect(canary.hits).toEqual([]);
  });

  it("loads every served font on the page it opens ahead: the first print asks for none, and stays sealed", async () => {
    const { fonts, asked, counted } = await countedFonts();
    const { printer: p } = printer({ assets: counted, concurrency: 1 });
    await p.openAhead();
    // Every served font was asked for once, by the page opened ahead, before any print.
    expect([...asked].sort()).toEqual([...fonts.files.keys()].sort());
    const html = page(`<style>${fonts.css} p { font-family: 'Source Serif 4'; }</style>
      <img src="${canary.url}/ahead.png"><p>first</p>`);
    const pdf = await p.print(job(html));
    expect(asked.length).toBe(fonts.files.size);
    expect(p.pagesOpened).toBe(1);
    expect((await readPdf(pdf)).text).toContain("first");
    expect(Buffer.from(pdf).toString("latin1")).toMatch(/\/BaseFont\s*\/[A-Z]{6}\+SourceSerif4/);
    expect(canary.hits).toEqual([]);
  });

  it("opens its page ahead without loading fonts when told not to", async () => {
    const { asked, counted } = await countedFonts();
    const { printer: p } = printer({ assets: counted, concurrency: 1, fontsAhead: false });
    await p.openAhead();
    expect(asked).toEqual([]);
    expect(p.pagesOpened).toBe(1);
  });
});
