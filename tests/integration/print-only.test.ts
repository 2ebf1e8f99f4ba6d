import { afterAll, describe, expect, it } from "vitest";
import { referenceBriefing } from "../../bench/reference.js";
import { BrowserSupervisor } from "../../src/adapters/browser/browser-supervisor.js";
import { ChromiumPrinter } from "../../src/adapters/browser/chromium-printer.js";
import { chromiumLaunchOptions } from "../../src/adapters/browser/launch-options.js";
import { printOnly } from "../../src/adapters/browser/print-only.js";
import { RenderLimiter } from "../../src/adapters/browser/render-limiter.js";
import { readPdf } from "../support/pdf.js";

const font = { contentType: "font/woff2", body: new Uint8Array([1]) };
const served = new Map([
  ["https://assets.test.invalid/a.woff2", font],
  ["https://assets.test.invalid/b.woff2", font],
  ["https://assets.test.invalid/logo.png", { contentType: "image/png", body: new Uint8Array([1]) }],
]);
const doc = (style: string) =>
  `<!doctype html><html><head><style>${style}</style></head><body><p>x</p></body></html>`;

describe("printOnly", () => {
  it("hides the document on screen and preloads the fonts its styles name, once each", () => {
    const out = printOnly(
      doc(
        "@font-face { src: url(https://assets.test.invalid/a.woff2) } @font-face { src: url('https://assets.test.invalid/a.woff2') }",
      ),
      served,
    );
    expect(out.match(/rel="preload"/g)).toHaveLength(1);
    expect(out).toContain(
      '<link rel="preload" href="https://assets.test.invalid/a.woff2" as="font" type="font/woff2" crossorigin>',
    );
    expect(out).toContain('<style media="screen">html { display: none }</style></head>');
    expect(out).not.toContain("b.woff2");
  });

  it("leaves alone a document whose styles name anything but a served font", () => {
    for (const style of [
      "@font-face { src: url(data:font/woff2;base64,AAAA) }",
      "body { background: url(https://assets.test.invalid/logo.png) }",
      "body { background: url(https://elsewhere.example/x.png) } @font-face { src: url(https://assets.test.invalid/a.woff2) }",
    ]) {
      expect(printOnly(doc(style), served)).toBe(doc(style));
    }
    const headless = "<p style='font-family: x'>no head</p>";
    expect(printOnly(headless, served)).toBe(headless);
  });
});

describe("a briefing printed without its screen rendering", () => {
  const supervisors: BrowserSupervisor[] = [];
  afterAll(() => Promise.all(supervisors.map((s) => s.close())));

  it("prints Chromium's header and footer templates only for a job that has them", async () => {
    const supervisor = new BrowserSupervisor({
      launchOptions: () => chromiumLaunchOptions(),
      maxRendersPerBrowser: 10,
    });
    supervisors.push(supervisor);
    const printer = new ChromiumPrinter(supervisor, new RenderLimiter(1, 1));
    const html =
      "<!doctype html><html><head><title>Title of the page</title></head><body><p>body text</p></body></html>";
    const bare = await readPdf(
      await printer.print({ html, headerHtml: "", footerHtml: " ", deadlineMs: 30_000 }),
    );
    expect(bare.text).toContain("body text");
    // Chromium's default header and footer (a job's templates left out) print the title, the URL
    // and "1/1"; the templates are left off altogether when a job has none.
    expect(bare.text).not.toContain("Title of the page");
    expect(bare.text).not.toMatch(/about:blank|1\/1/);
    const templated = await readPdf(
      await printer.print({
        html,
        headerHtml: "<span>running head</span>",
        footerHtml: "",
        deadlineMs: 30_000,
      }),
    );
    expect(templated.text).toContain("running head");
  }, 60_000);

  it("has the pages, text, outline and fonts of the same HTML printed after a screen layout", async () => {
    const { rendered, fonts } = await referenceBriefing();
    expect(printOnly(rendered.html, fonts.files)).not.toBe(rendered.html);
    const supervisor = new BrowserSupervisor({
      launchOptions: () => chromiumLaunchOptions(),
      maxRendersPerBrowser: 10,
    });
    supervisors.push(supervisor);
    // A new page: nothing the page loaded before can stand in for the preloads.
    const ours = await new ChromiumPrinter(supervisor, new RenderLimiter(1, 1), {
      assets: fonts.files,
    }).print({
      ...rendered,
      deadlineMs: 60_000,
    });

    // The same HTML as any page prints it: laid out for the screen first, fonts loaded on demand.
    const shown = await supervisor.withBrowser(async (browser) => {
      const page = await browser.newPage();
      try {
        await page.setRequestInterception(true);
        page.on("request", (r) => {
          const asset = fonts.files.get(r.url());
          if (!asset) return void r.abort();
          void r.respond({
            status: 200,
            contentType: asset.contentType,
            headers: { "access-control-allow-origin": "*" },
            body: Buffer.from(asset.body),
          });
        });
        await page.setContent(rendered.html, { waitUntil: "load" });
        return await page.pdf({
          printBackground: true,
          preferCSSPageSize: true,
          tagged: true,
          outline: true,
        });
      } finally {
        await page.close();
      }
    });

    const [a, b] = await Promise.all([readPdf(ours), readPdf(shown)]);
    expect(a.pages).toBeGreaterThan(1);
    expect(a.pages).toBe(b.pages);
    expect(a.pageTexts).toEqual(b.pageTexts);
    expect(a.outline).toEqual(b.outline);
    const faces = (pdf: Uint8Array) =>
      [
        ...Buffer.from(pdf)
          .toString("latin1")
          .matchAll(/\/BaseFont\s*\/[A-Z]{6}\+([\w-]+)/g),
      ]
        .map((m) => m[1])
        .sort();
    // The running header and footer come from the document's margin boxes, on every page.
    a.pageTexts.forEach((text, i) => {
      expect(text).toContain(`Page ${i + 1} of ${a.pages}`);
      expect(text).toContain("SCENARIO BRIEFING · ISIS detainee escapes in northeast Syria");
      expect(text).toContain("UNCLASSIFIED");
    });
    // Every web font is embedded as before: none fell back for want of time to load.
    expect(faces(ours)).toEqual(faces(shown));
    expect(faces(ours)).toEqual(expect.arrayContaining(["SourceSerif4-Regular", "IBMPlexSans-SemiBold"]));
  }, 120_000);
});
