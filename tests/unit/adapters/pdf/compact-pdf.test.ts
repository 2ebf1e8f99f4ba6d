import { deflateSync, inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { compactPdf } from "../../../../src/adapters/pdf/compact-pdf.js";
import { readPdf } from "../../../support/pdf.js";

/** A one-page PDF 1.4 laid out as Chromium writes it: a classic xref table from object 0. */
function chromiumShapedPdf(): Uint8Array {
  const content = deflateSync(Buffer.from("0 0 1 rg 10 10 100 100 re f\n", "latin1"));
  const bodies: (string | Buffer)[][] = [
    ["<</Type /Catalog /Pages 2 0 R>>"],
    ["<</Type /Pages /Kids [3 0 R] /Count 1>>"],
    ["<</Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R>>"],
    [`<</Filter /FlateDecode /Length ${content.byteLength}>>\nstream\n`, content, "\nendstream"],
    ["<</Producer (Skia/PDF m143)>>"],
  ];
  const chunks: Buffer[] = [Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  let at = chunks[0]?.byteLength ?? 0;
  const offsets: number[] = [];
  bodies.forEach((parts, i) => {
    offsets.push(at);
    for (const p of [`${i + 1} 0 obj\n`, ...parts, "\nendobj\n"]) {
      const b = typeof p === "string" ? Buffer.from(p, "latin1") : p;
      chunks.push(b);
      at += b.byteLength;
    }
  });
  const table = [
    "0000000000 65535 f \n",
    ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`),
  ].join("");
  chunks.push(
    Buffer.from(
      `xref\n0 ${bodies.length + 1}\n${table}trailer\n<</Size ${bodies.length + 1} /Root 1 0 R /Info 5 0 R>>\nstartxref\n${at}\n%%EOF\n`,
      "latin1",
    ),
  );
  return new Uint8Array(Buffer.concat(chunks));
}

/** The zlib streams of the objects whose dictionary has `type`, as written. */
function streamsOfType(pdf: Uint8Array, type: string): Buffer[] {
  const text = Buffer.from(pdf).toString("latin1");
  const out: Buffer[] = [];
  for (const m of text.matchAll(/<<([^>]*)>>\nstream\n/g)) {
    if (!m[1]?.includes(`/Type /${type}`)) continue;
    const length = Number(/\/Length (\d+)/.exec(m[1])?.[1]);
    const from = (m.index ?? 0) + m[0].length;
    out.push(Buffer.from(pdf.subarray(from, from + length)));
  }
  return out;
}

describe("compactPdf", () => {
  it("reads the cross-reference table entry by entry, and leaves a file it does not expect to the fallback", () => {
    const pdf = Buffer.from(chromiumShapedPdf());
    expect(compactPdf(pdf, "<<>>")).not.toBeNull();
    const text = pdf.toString("latin1");
    const entry = text.indexOf(" 00000 n", text.lastIndexOf("\nxref\n"));
    // An object in use of another generation (an updated file), or an entry not in the form.
    for (const [at, replacement] of [
      [entry + 5, "1"],
      [entry - 3, "x"],
      [entry + 7, "z"],
    ] as const) {
      const changed = Buffer.from(pdf);
      changed.write(replacement, at, "latin1");
      expect(compactPdf(changed, "<<>>"), `${at} ${replacement}`).toBeNull();
    }
  });

  it("deflates what it writes at zlib's fast level: the finish is on every briefing's event loop", async () => {
    const compact = compactPdf(chromiumShapedPdf(), "<</Title (Briefing)>>");
    expect(compact).not.toBeNull();
    const written = [
      ...streamsOfType(compact as Uint8Array, "ObjStm"),
      ...streamsOfType(compact as Uint8Array, "XRef"),
    ];
    expect(written).toHaveLength(2);
    for (const stream of written) {
      // The zlib header's FLEVEL (top two bits of its second byte): 1 for levels 2-5; zlib's
      // default level 6 writes 2.
      expect((stream[1] ?? 0) >> 6).toBe(1);
      expect(() => inflateSync(stream)).not.toThrow();
    }
    // Still a PDF a reader opens, with the new Info in place of Chromium's.
    const read = await readPdf(compact as Uint8Array);
    expect(read.pages).toBe(1);
    expect(read.title).toBe("Briefing");
  });
});
