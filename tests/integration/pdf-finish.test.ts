import { PDFDict, PDFDocument, PDFName } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BrowserSupervisor } from "../../src/adapters/browser/browser-supervisor.js";
import { ChromiumPrinter } from "../../src/adapters/browser/chromium-printer.js";
import { chromiumLaunchOptions } from "../../src/adapters/browser/launch-options.js";
import { RenderLimiter } from "../../src/adapters/browser/render-limiter.js";
import { CompactFinisher } from "../../src/adapters/pdf/compact-finisher.js";
import { IncrementalFinisher } from "../../src/adapters/pdf/incremental-finisher.js";
import { PdfLibFinisher } from "../../src/adapters/pdf/pdf-lib-finisher.js";
import { readPdf } from "../support/pdf.js";
import { job } from "../support/print-jobs.js";

const info = {
  title: "Détention — الهول (Al-Hol)",
  subject: "Risk of escapes",
  keywords: ["isis-prison-escape", "Syria"],
  author: "scenario-brief",
  createdAt: new Date("2025-01-14T10:00:00Z"),
};

const supervisor = new BrowserSupervisor({
  launchOptions: () => chromiumLaunchOptions(),
  maxRendersPerBrowser: 10,
});
let printed: Uint8Array;
beforeAll(async () => {
  const printer = new ChromiumPrinter(supervisor, new RenderLimiter(1, 1));
  printed = await printer.print(
    job(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Chromium's title</title></head>
      <body><h1>Briefing</h1><h2>Key judgments</h2><p>One.</p><h2 style="break-before:page">Sources</h2><p>Two.</p></body></html>`),
  );
});
afterAll(() => supervisor.close());

describe("IncrementalFinisher", () => {
  it("gives the same metadata, pages, text and outline as the pdf-lib rewrite, keeping Chromium's bytes", async () => {
    const incremental = await new IncrementalFinisher().finish(printed, info);
    const rewritten = await new PdfLibFinisher().finish(printed, info);
    expect(incremental.pages).toBe(2);
    expect(incremental.pages).toBe(rewritten.pages);
    // An update appended: everything Chromium wrote (tags, outline, fonts) is untouched.
    expect(Buffer.from(incremental.pdf.subarray(0, printed.byteLength)).equals(Buffer.from(printed))).toBe(
      true,
    );
    const [a, b] = await Promise.all([readPdf(incremental.pdf), readPdf(rewritten.pdf)]);
    expect(a).toEqual(b);
    expect(a).toMatchObject({
      title: info.title,
      subject: info.subject,
      keywords: "isis-prison-escape Syria",
    });
    expect(a.outline).toEqual(["Briefing", "Key judgments", "Sources"]);
    const doc = await PDFDocument.load(incremental.pdf, { updateMetadata: false });
    expect(doc.getAuthor()).toBe(info.author);
    expect(doc.getCreationDate()?.toISOString()).toBe(info.createdAt.toISOString());
  });

  it("falls back to the pdf-lib rewrite for a PDF it does not recognise", async () => {
    const other = await PDFDocument.create();
    other.addPage();
    other.addPage();
    const { pdf, pages } = await new IncrementalFinisher().finish(await other.save(), info);
    expect(pages).toBe(2);
    expect((await readPdf(pdf)).title).toBe(info.title);
  });
});

describe("CompactFinisher", () => {
  it("writes Chromium's objects again in object streams: smaller, same pages, text, outline and tags", async () => {
    const compact = await new CompactFinisher().finish(printed, info);
    const incremental = await new IncrementalFinisher().finish(printed, info);
    expect(compact.pages).toBe(2);
    const text = Buffer.from(compact.pdf).toString("latin1");
    expect(text.startsWith("%PDF-1.5")).toBe(true);
    expect(text).toMatch(/\/Type \/ObjStm/);
    expect(text).toMatch(/\/Type \/XRef/);
    // No dictionary is left outside a stream: only stream objects, object streams and the xref.
    expect(text).not.toMatch(/\nxref\n/);
    expect(compact.pdf.byteLength).toBeLessThan(incremental.pdf.byteLength);
    const [a, b] = await Promise.all([readPdf(compact.pdf), readPdf(incremental.pdf)]);
    expect(a).toEqual(b);
    expect(a.outline).toEqual(["Briefing", "Key judgments", "Sources"]);

    // pdf-lib resolves every object through the streams: the catalog still has its structure
    // tree, marked-content flag, outline and language, and the Info is ours, not Chromium's.
    const doc = await PDFDocument.load(compact.pdf, { updateMetadata: false });
    const catalog = doc.catalog;
    const tree = catalog.lookup(PDFName.of("StructTreeRoot"), PDFDict);
    expect(tree.get(PDFName.of("K"))).toBeDefined();
    const markInfo = catalog.lookup(PDFName.of("MarkInfo"), PDFDict);
    expect(markInfo.get(PDFName.of("Marked"))?.toString()).toBe("true");
    expect(catalog.lookup(PDFName.of("Outlines"), PDFDict)).toBeInstanceOf(PDFDict);
    expect(doc.getTitle()).toBe(info.title);
    expect(doc.getAuthor()).toBe(info.author);
    expect(doc.getPageCount()).toBe(2);
  });

  it("leaves a PDF it does not recognise to the other finishers", async () => {
    const other = await PDFDocument.create();
    other.addPage();
    const { pdf, pages } = await new CompactFinisher().finish(await other.save(), info);
    expect(pages).toBe(1);
    expect((await readPdf(pdf)).title).toBe(info.title);
  });
});
