/**
 * `npx tsx bench/profile-print.ts [runs]`: where the print step's time goes, on the reference
 * briefing's HTML printed as the service prints it (a warm, sealed page; fonts answered from
 * memory, no screen rendering). Each CDP call is timed on its own: setContent (parse, style, fonts), a forced layout,
 * Page.printToPDF (print layout, paint, PDF, tags, outline) and the reading of its stream. Then
 * the same print without each of its options, to show what each costs, and the DOM's size.
 */
import type { CDPSession, Page } from "puppeteer-core";
import { BrowserSupervisor } from "../src/adapters/browser/browser-supervisor.js";
import { chromiumLaunchOptions } from "../src/adapters/browser/launch-options.js";
import { printOnly } from "../src/adapters/browser/print-only.js";
import { referenceBriefing } from "./reference.js";
import { median, round } from "./stats.js";

const runs = Number(process.argv[2] ?? 7);
const ref = await referenceBriefing();
const { headerHtml, footerHtml } = ref.rendered;
const assets = ref.fonts.files;
// As the printer sets it: not rendered for the screen, fonts preloaded (print-only.ts).
const html = printOnly(ref.rendered.html, assets);

async function seal(page: Page, served: string[]) {
  await page.setJavaScriptEnabled(false);
  page.on("request", (r) => {
    const asset = assets.get(r.url());
    if (asset) {
      served.push(r.url());
      void r.respond({
        status: 200,
        contentType: asset.contentType,
        headers: { "access-control-allow-origin": "*" },
        body: Buffer.from(asset.body),
      });
    } else if (r.url().startsWith("data:")) void r.continue();
    else void r.abort("blockedbyclient");
  });
  await page.setRequestInterception(true);
}

type PrintParams = Record<string, unknown>;
const base: PrintParams = {
  printBackground: true,
  preferCSSPageSize: true,
  displayHeaderFooter: headerHtml.trim() !== "" || footerHtml.trim() !== "",
  generateTaggedPDF: true,
  generateDocumentOutline: true,
  headerTemplate: headerHtml,
  footerTemplate: footerHtml,
};

/** printToPDF as puppeteer sends it, with the stream read apart; or returned inline as base64. */
async function printTimed(cdp: CDPSession, params: PrintParams, inline = false) {
  const t0 = performance.now();
  const r = await cdp.send("Page.printToPDF", {
    ...params,
    transferMode: inline ? "ReturnAsBase64" : "ReturnAsStream",
  } as never);
  const t1 = performance.now();
  let bytes = 0;
  let reads = 0;
  if (inline) bytes = Buffer.from(r.data, "base64").byteLength;
  else {
    for (;;) {
      const chunk = await cdp.send("IO.read", { handle: r.stream as string });
      reads++;
      bytes += Buffer.byteLength(chunk.data, chunk.base64Encoded ? "base64" : "latin1");
      if (chunk.eof) break;
    }
    await cdp.send("IO.close", { handle: r.stream as string });
  }
  return { printMs: t1 - t0, readMs: performance.now() - t1, bytes, reads };
}

const supervisor = new BrowserSupervisor({
  launchOptions: () => chromiumLaunchOptions(),
  maxRendersPerBrowser: 1000,
});
const out: Record<string, unknown> = { htmlBytes: Buffer.byteLength(html), runs };
await supervisor.withBrowser(async (browser) => {
  const page = await browser.newPage();
  const served: string[] = [];
  await seal(page, served);
  const cdp = await page.createCDPSession();
  const steps: Record<string, number[]> = {
    setContent: [],
    layout: [],
    printToPDF: [],
    readStream: [],
    setContentShownOnScreen: [],
  };
  let last = { bytes: 0, reads: 0 };
  for (let i = 0; i < runs + 2; i++) {
    served.length = 0;
    const t0 = performance.now();
    await page.setContent(html, { waitUntil: "load" });
    const t1 = performance.now();
    // A forced layout on screen: what the print layout can reuse, if anything.
    await cdp.send("DOM.getDocument", { depth: 0 });
    const t2 = performance.now();
    const p = await printTimed(cdp, base);
    last = p;
    // The same HTML as it was set before print-only.ts: laid out and painted for the screen.
    const t3 = performance.now();
    await page.setContent(ref.rendered.html, { waitUntil: "load" });
    const t4 = performance.now();
    if (i < 2) continue;
    steps.setContentShownOnScreen?.push(t4 - t3);
    steps.setContent?.push(t1 - t0);
    steps.layout?.push(t2 - t1);
    steps.printToPDF?.push(p.printMs);
    steps.readStream?.push(p.readMs);
  }
  out.fontsServed = served.length;
  out.pdf = last;
  out.medianMs = Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, round(median(v))]));

  // Each option turned off in turn, and the inline transfer: the print call alone (page loaded once).
  await page.setContent(html, { waitUntil: "load" });
  const variants: Record<string, [PrintParams, boolean]> = {
    asServed: [base, false],
    inlineBase64: [base, true],
    untagged: [{ ...base, generateTaggedPDF: false, generateDocumentOutline: false }, false],
    noOutline: [{ ...base, generateDocumentOutline: false }, false],
    noBackground: [{ ...base, printBackground: false }, false],
  };
  const byVariant: Record<string, unknown> = {};
  for (const [name, [params, inline]] of Object.entries(variants)) {
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs + 1; i++) {
      const p = await printTimed(cdp, params, inline);
      bytes = p.bytes;
      if (i > 0) times.push(p.printMs + p.readMs);
    }
    byVariant[name] = { ms: round(median(times)), bytes };
  }
  out.printVariants = byVariant;

  out.dom = await page
    .evaluate(() => ({
      elements: document.getElementsByTagName("*").length,
      svgElements: document.querySelectorAll("svg *").length,
      textNodes: document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT).nextNode() ? "some" : "none",
      styleSheetRules: [...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0),
    }))
    .catch(() => "JavaScript is off on the sealed page");
  const metrics = await cdp.send("Performance.enable").then(() => cdp.send("Performance.getMetrics"));
  out.chromiumMetrics = Object.fromEntries(
    metrics.metrics
      .filter((m) => /Nodes|LayoutCount|RecalcStyleCount|LayoutDuration|RecalcStyleDuration/.test(m.name))
      .map((m) => [m.name, round(m.value, 3)]),
  );
  await page.close();
});
await supervisor.close();
console.log(JSON.stringify(out, null, 2));
