import { inflateSync } from "node:zlib";
import { PDFDict, PDFDocument, PDFName, PDFRawStream } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { referenceBriefing } from "../../bench/reference.js";
import { BrowserSupervisor } from "../../src/adapters/browser/browser-supervisor.js";
import { ChromiumPrinter } from "../../src/adapters/browser/chromium-printer.js";
import { chromiumLaunchOptions } from "../../src/adapters/browser/launch-options.js";
import { RenderLimiter } from "../../src/adapters/browser/render-limiter.js";
import { CompactFinisher } from "../../src/adapters/pdf/compact-finisher.js";
import { IncrementalFinisher } from "../../src/adapters/pdf/incremental-finisher.js";
import { unionOfSubsets } from "../../src/adapters/pdf/truetype-union.js";
import { readPdf } from "../support/pdf.js";

const info = {
  title: "ISIS detainee escapes in northeast Syria",
  subject: "Reference briefing",
  keywords: ["isis-prison-escape"],
  author: "scenario-brief",
  createdAt: new Date("2025-01-14T10:00:00Z"),
};

const supervisor = new BrowserSupervisor({
  launchOptions: () => chromiumLaunchOptions(),
  maxRendersPerBrowser: 10,
});
let printed: Uint8Array;
beforeAll(async () => {
  const { rendered, fonts } = await referenceBriefing();
  const printer = new ChromiumPrinter(supervisor, new RenderLimiter(1, 1), { assets: fonts.files });
  printed = await printer.print({ ...rendered, deadlineMs: 60_000 });
}, 120_000);
afterAll(() => supervisor.close());

/** Every font dictionary's name and embedded font file, and the Type 3 fonts, of a PDF. */
async function fontsOf(pdf: Uint8Array) {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const files = new Map<string, Set<string>>();
  let type3 = 0;
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    const dict = obj instanceof PDFRawStream ? obj.dict : obj;
    if (!(dict instanceof PDFDict)) continue;
    if (dict.get(PDFName.of("Subtype"))?.toString() === "/Type3") type3++;
    if (dict.get(PDFName.of("Type"))?.toString() !== "/FontDescriptor") continue;
    const name = dict.get(PDFName.of("FontName"))?.toString() ?? "";
    const file = dict.get(PDFName.of("FontFile2"))?.toString() ?? "";
    files.set(name, new Set([...(files.get(name) ?? []), file]));
  }
  return { doc, files, type3 };
}

describe("the reference briefing's PDF", () => {
  it("is at most 250 KB, with the same pages, text, outline and tags as Chromium printed", async () => {
    const compact = await new CompactFinisher().finish(printed, info);
    const plain = await new IncrementalFinisher().finish(printed, info);
    expect(compact.pdf.byteLength).toBeLessThanOrEqual(250_000);
    expect(compact.pages).toBe(plain.pages);

    const [a, b] = await Promise.all([readPdf(compact.pdf), readPdf(plain.pdf)]);
    expect(a.pageTexts).toEqual(b.pageTexts);
    expect(a.outline).toEqual(b.outline);
    expect(a.outline).toEqual(expect.arrayContaining(["Key judgments", "Locations", "Sources"]));

    const { doc, files, type3 } = await fontsOf(compact.pdf);
    const tree = doc.catalog.lookup(PDFName.of("StructTreeRoot"), PDFDict);
    expect(tree.get(PDFName.of("K"))).toBeDefined();
    expect(doc.catalog.lookup(PDFName.of("MarkInfo"), PDFDict).get(PDFName.of("Marked"))?.toString()).toBe(
      "true",
    );
    // No map label printed as outlined glyphs, and one embedded font per face.
    expect(type3).toBe(0);
    expect(files.size).toBeGreaterThanOrEqual(5);
    for (const [name, set] of files) expect(set.size, name).toBe(1);
    // Chromium wrote several subsets of some faces: they are now one, so fewer font files.
    const before = await fontsOf(plain.pdf);
    const count = (m: Map<string, Set<string>>) => new Set([...m.values()].flatMap((s) => [...s])).size;
    expect(count(before.files)).toBeGreaterThan(count(files));
  });

  it("merges subsets of one face only: two faces under different names have no union", async () => {
    const { doc, files } = await fontsOf((await new IncrementalFinisher().finish(printed, info)).pdf);
    const fontOf = (ref: string) => {
      const num = Number(ref.split(" ")[0]);
      const stream = [...doc.context.enumerateIndirectObjects()].find(([r]) => r.objectNumber === num)?.[1];
      return inflateSync((stream as PDFRawStream).contents);
    };
    const plex = [...files].filter(([name]) => /IBMPlexSans-Regular$/.test(name)).flatMap(([, s]) => [...s]);
    const serif = [...files].find(([name]) => /SourceSerif4-Regular$/.test(name))?.[1];
    expect(plex.length).toBeGreaterThan(1);
    const union = unionOfSubsets(plex.map(fontOf));
    expect(union).not.toBeNull();
    // The union is bigger than any one subset and smaller than all of them together.
    const sizes = plex.map((ref) => fontOf(ref).byteLength);
    expect(union?.byteLength).toBeGreaterThan(Math.max(...sizes));
    expect(union?.byteLength).toBeLessThan(sizes.reduce((a, b) => a + b, 0));
    expect(unionOfSubsets([fontOf(plex[0] ?? ""), fontOf([...(serif ?? [])][0] ?? "")])).toBeNull();
  });
});
