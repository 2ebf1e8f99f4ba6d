import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import chromium from "@sparticuz/chromium";
import type { Browser, LaunchOptions, PDFOptions } from "puppeteer-core";
import puppeteer from "puppeteer-core";
import { BrowserSupervisor } from "../src/adapters/browser/browser-supervisor.js";
import { ChromiumPrinter } from "../src/adapters/browser/chromium-printer.js";
import { chromiumLaunchOptions } from "../src/adapters/browser/launch-options.js";
import { RenderLimiter } from "../src/adapters/browser/render-limiter.js";
import { printPeer } from "./peer.js";
import { referenceBriefing } from "./reference.js";
import { median, round, timed } from "./stats.js";

/** The options every variant prints with: those of the service (tagged, outline, header and footer). */
const pdfOptions = (header: string, footer: string): PDFOptions => ({
  printBackground: true,
  preferCSSPageSize: true,
  // The briefing prints its header and footer in its page margins: templates only if given.
  displayHeaderFooter: header.trim() !== "" || footer.trim() !== "",
  tagged: true,
  outline: true,
  headerTemplate: header,
  footerTemplate: footer,
});

/** What most users do with a warm browser: a page per print. */
async function floorPrint(
  browser: Browser,
  html: string,
  options: PDFOptions,
  waitUntil: "load" | "networkidle0" = "load",
): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil });
    return await page.pdf(options);
  } finally {
    await page.close();
  }
}

/**
 * The print variants on ONE briefing HTML: the reference briefing with its fonts inlined (a
 * self-contained document anyone could print), and the same document as ours prints it (fonts
 * named at the asset origin, served from memory). The naive variant launches a browser per print
 * (with the service's launch options, and the floor's wait for `load`); the tutorial variant does
 * too, written as @sparticuz/chromium's README launches (`puppeteer.defaultArgs` over its `args`,
 * `headless: "shell"`) and as most HTML-to-PDF tutorials wait (`networkidle0`: half a second with
 * no request in flight, though this document makes none).
 */
export async function runPrintVariants(runs = 7, warmup = 2) {
  const ref = await referenceBriefing();
  const { fonts } = ref;
  // The same document self-contained: each asset URL replaced by its inline data again.
  let inlineHtml = ref.rendered.html;
  for (const [url, asset] of fonts.files) {
    inlineHtml = inlineHtml.replaceAll(
      url,
      `data:${asset.contentType};base64,${Buffer.from(asset.body).toString("base64")}`,
    );
  }
  const { headerHtml, footerHtml } = ref.rendered;
  const options = pdfOptions(headerHtml, footerHtml);
  const launch = await chromiumLaunchOptions();
  const results: Record<string, unknown> = {
    htmlBytes: { inlineFonts: Buffer.byteLength(inlineHtml), ours: Buffer.byteLength(ref.rendered.html) },
  };
  const ms: Record<string, number> = {};

  const browser = await puppeteer.launch(launch);
  try {
    ms.floor = median(await timed(runs, warmup, () => floorPrint(browser, inlineHtml, options)));
  } finally {
    await browser.close();
  }

  ms.naive = median(
    await timed(Math.max(1, Math.ceil(runs / 2)), Math.min(warmup, 1), async () => {
      const b = await puppeteer.launch(launch);
      try {
        await floorPrint(b, inlineHtml, options);
      } finally {
        await b.close();
      }
    }),
  );

  const tutorialLaunch: LaunchOptions = {
    args: puppeteer.defaultArgs({ args: [...chromium.args], headless: "shell" }),
    executablePath: await chromium.executablePath(),
    headless: "shell",
  };
  ms.naiveTutorial = median(
    await timed(Math.max(1, Math.ceil(runs / 2)), Math.min(warmup, 1), async () => {
      const b = await puppeteer.launch(tutorialLaunch);
      try {
        await floorPrint(b, inlineHtml, options, "networkidle0");
      } finally {
        await b.close();
      }
    }),
  );

  const supervisor = new BrowserSupervisor({ launchOptions: async () => launch, maxRendersPerBrowser: 1000 });
  const printer = new ChromiumPrinter(supervisor, new RenderLimiter(1, 10), { assets: fonts.files });
  let oursPdf: Uint8Array = new Uint8Array();
  try {
    await supervisor.warm();
    ms.oursPrint = median(
      await timed(runs, warmup, async () => {
        oursPdf = await printer.print({ ...ref.rendered, deadlineMs: 60_000 });
      }),
    );
  } finally {
    await supervisor.close();
  }
  results.rawPdfBytes = oursPdf.byteLength;

  const peerDir = await mkdtemp(path.join(tmpdir(), "bench-peer-"));
  try {
    ms.peer = median(
      await printPeer({ html: inlineHtml, headerHtml, footerHtml, launch, dir: peerDir, runs, warmup }),
    );
  } catch (e) {
    results.peerError = e instanceof Error ? e.message : String(e);
  } finally {
    await rm(peerDir, { recursive: true, force: true });
  }
  results.medianMs = Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, round(v)]));
  return { ...results, floorMs: ms.floor ?? Number.NaN };
}
