import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { BrowserSupervisor } from "../../src/adapters/browser/browser-supervisor.js";
import { ChromiumPrinter } from "../../src/adapters/browser/chromium-printer.js";
import { chromiumLaunchOptions } from "../../src/adapters/browser/launch-options.js";
import { printOnly } from "../../src/adapters/browser/print-only.js";
import { RenderLimiter } from "../../src/adapters/browser/render-limiter.js";
import { loadEmbeddedFonts } from "../../src/adapters/templates/embedded-fonts.js";
import { type FontAssets, fontAssetsFromInlineCss } from "../../src/adapters/templates/font-assets.js";
import { warmPrintWanted, warmUpHtml, warmUpPrinter } from "../../src/handlers/prewarm.js";
import { createLogger } from "../../src/logger.js";
import { readPdf } from "../support/pdf.js";
import { job } from "../support/print-jobs.js";

let fonts: FontAssets;
let briefingLike: string;
beforeAll(async () => {
  fonts = fontAssetsFromInlineCss(await loadEmbeddedFonts());
  // The briefing's fonts, as the templates name them: each family the @font-face rules declare.
  const families = [...new Set([...fonts.css.matchAll(/font-family:\s*["']?([^;"']+)/g)].map((m) => m[1]))];
  expect(families.length).toBeGreaterThan(0);
  briefingLike = `<!doctype html><html><head><meta charset="utf-8"><style>${fonts.css}</style></head><body>${families
    .map(
      (f) =>
        `<h2 style="font-family:'${f}'">Key judgments in ${f}</h2><p style="font-family:'${f}'">ISIS detainees escaped from al-Sina'a prison on 20 January 2022.</p>`,
    )
    .join("")}</body></html>`;
});

const supervisors: BrowserSupervisor[] = [];
function printer(): ChromiumPrinter {
  const supervisor = new BrowserSupervisor({
    launchOptions: () => chromiumLaunchOptions(),
    maxRendersPerBrowser: 100,
  });
  supervisors.push(supervisor);
  return new ChromiumPrinter(supervisor, new RenderLimiter(1, 4), { assets: fonts.files });
}
afterEach(async () => {
  await Promise.all(supervisors.splice(0).map((s) => s.close()));
});

/** The PDF without what differs between any two prints: its dates and document ID. */
const comparable = (pdf: Uint8Array) =>
  Buffer.from(pdf)
    .toString("latin1")
    .replace(/\/(CreationDate|ModDate) ?\(D:[^)]*\)/g, "/$1()")
    .replace(/\/ID ?\[<[0-9A-Fa-f]+> ?<[0-9A-Fa-f]+>\]/g, "/ID[]");

describe("the cold start's warm-up print", () => {
  it("sets a line in every served font, so the printer preloads each of them as for a briefing", () => {
    const html = warmUpHtml(fonts.files.keys());
    for (const url of fonts.files.keys()) expect(html).toContain(`url(${url})`);
    const prepared = printOnly(html, fonts.files);
    expect(prepared).not.toBe(html);
    for (const url of fonts.files.keys()) expect(prepared).toContain(`<link rel="preload" href="${url}"`);
  });

  it("runs only when BROWSER_WARM_PRINT=on and the browser is readied ahead of the first render", () => {
    expect(warmPrintWanted({ AWS_LAMBDA_FUNCTION_NAME: "http" })).toBe(false);
    expect(warmPrintWanted({ AWS_LAMBDA_FUNCTION_NAME: "http", BROWSER_WARM_PRINT: "on" })).toBe(true);
    expect(
      warmPrintWanted({ AWS_LAMBDA_FUNCTION_NAME: "http", BROWSER_WARM_PRINT: "on", BROWSER_PREWARM: "off" }),
    ).toBe(false);
    expect(warmPrintWanted({ BROWSER_WARM_PRINT: "on", BROWSER_PREWARM: "on" })).toBe(true);
    expect(warmPrintWanted({ BROWSER_WARM_PRINT: "on" })).toBe(false);
    const nothing = warmUpPrinter({ printer: printer(), htmlAssets: fonts.files }, createLogger("silent"), {
      BROWSER_WARM_PRINT: "off",
    });
    expect(nothing).toBeUndefined();
  });

  it("leaves the first briefing's PDF as it would have been, printed on the page it warmed", async () => {
    const cold = printer();
    const expected = await cold.print(job(briefingLike));

    const warmed = printer();
    await warmUpPrinter({ printer: warmed, htmlAssets: fonts.files }, createLogger("silent"), {
      BROWSER_WARM_PRINT: "on",
      BROWSER_PREWARM: "on",
    });
    expect(warmed.pagesOpened).toBe(1);
    const first = await warmed.print(job(briefingLike));
    // The warm page served the briefing: no second page opened for it.
    expect(warmed.pagesOpened).toBe(1);

    const [a, b] = [await readPdf(expected), await readPdf(first)];
    expect(b.pages).toBe(a.pages);
    expect(b.text).toBe(a.text);
    expect(comparable(first)).toBe(comparable(expected));
  }, 90_000);
});
