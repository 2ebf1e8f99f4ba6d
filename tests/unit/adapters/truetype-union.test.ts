import { describe, expect, it } from "vitest";
import { checksum, unionOfSubsets } from "../../../src/adapters/pdf/truetype-union.js";

/** OpenType's checksum as the specification words it: pad to a word, sum the words mod 2^32. */
function referenceChecksum(b: Buffer): number {
  const padded = b.byteLength % 4 ? Buffer.concat([b, Buffer.alloc(4 - (b.byteLength % 4))]) : b;
  let sum = 0;
  for (let i = 0; i < padded.byteLength; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

/** A TrueType font of the given tables (their directory checksums left at zero). */
function sfnt(tables: Record<string, Buffer>): Buffer {
  const tags = Object.keys(tables).sort();
  const header = Buffer.alloc(12 + tags.length * 16);
  header.writeUInt32BE(0x00010000, 0);
  header.writeUInt16BE(tags.length, 4);
  const bodies: Buffer[] = [];
  let offset = header.byteLength;
  tags.forEach((tag, i) => {
    const body = tables[tag] as Buffer;
    header.write(tag, 12 + i * 16, 4, "latin1");
    header.writeUInt32BE(offset, 12 + i * 16 + 8);
    header.writeUInt32BE(body.byteLength, 12 + i * 16 + 12);
    const padded = Buffer.concat([body, Buffer.alloc((4 - (body.byteLength % 4)) % 4)]);
    bodies.push(padded);
    offset += padded.byteLength;
  });
  return Buffer.concat([header, ...bodies]);
}

const OLD_ADJUSTMENT = 0x12345678;

/** A subset of a three-glyph font that kept the outlines of `glyphs` (ids kept, others empty). */
function subset(outlines: Record<number, Buffer>): Buffer {
  const head = Buffer.alloc(54);
  head.writeUInt32BE(0x00010000, 0);
  head.writeUInt32BE(OLD_ADJUSTMENT, 8);
  head.writeUInt16BE(1000, 18);
  head.writeInt16BE(0, 50); // short loca
  const maxp = Buffer.alloc(32);
  maxp.writeUInt32BE(0x00010000, 0);
  maxp.writeUInt16BE(3, 4);
  maxp.writeUInt16BE(Object.keys(outlines).length * 7, 6);
  const hhea = Buffer.alloc(36);
  hhea.writeUInt16BE(3, 34);
  const loca = Buffer.alloc(8);
  const parts: Buffer[] = [];
  let at = 0;
  for (let g = 0; g < 3; g++) {
    loca.writeUInt16BE(at / 2, g * 2);
    const o = outlines[g];
    if (o) {
      parts.push(o);
      at += o.byteLength;
    }
  }
  loca.writeUInt16BE(at / 2, 6);
  const hmtx = Buffer.alloc(12);
  for (let g = 0; g < 3; g++) hmtx.writeUInt16BE(500 + g, g * 4);
  const post = Buffer.alloc(40, 7);
  return sfnt({ head, maxp, hhea, loca, glyf: Buffer.concat(parts), hmtx, post, name: Buffer.from("Plex!") });
}

describe("TrueType checksums", () => {
  it("are the sum of the words, the last one padded, for every length", () => {
    const bytes = Buffer.from(Array.from({ length: 4099 }, (_, i) => (i * 193 + 71) % 256));
    for (const n of [0, 1, 2, 3, 4, 5, 7, 8, 13, 64, 4097, 4099]) {
      expect(checksum(bytes.subarray(0, n))).toBe(referenceChecksum(bytes.subarray(0, n)));
    }
    expect(checksum(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]))).toBe(0xfffffffe);
  });

  it("of a union of subsets: each table's is its bytes', and the font's adjustment is the one over the whole font", () => {
    const union = unionOfSubsets([
      subset({ 0: Buffer.from("glyph zero!!"), 1: Buffer.from("glyph one.") }),
      subset({ 0: Buffer.from("glyph zero!!"), 2: Buffer.from("glyph two, longer") }),
    ]);
    expect(union).not.toBeNull();
    const font = union as Buffer;
    const count = font.readUInt16BE(4);
    let headAt = -1;
    for (let i = 0; i < count; i++) {
      const at = 12 + i * 16;
      const [offset, length] = [font.readUInt32BE(at + 8), font.readUInt32BE(at + 12)];
      const body = font.subarray(offset, offset + length);
      const tag = font.toString("latin1", at, at + 4);
      if (tag === "head") {
        headAt = offset;
        // The table's sum is taken as it came, before its adjustment was written.
        const before = Buffer.from(body);
        before.writeUInt32BE(OLD_ADJUSTMENT, 8);
        expect(font.readUInt32BE(at + 4)).toBe(referenceChecksum(before));
      } else expect(font.readUInt32BE(at + 4), tag).toBe(referenceChecksum(body));
    }
    const asSummed = Buffer.from(font);
    asSummed.writeUInt32BE(OLD_ADJUSTMENT, headAt + 8);
    expect(font.readUInt32BE(headAt + 8)).toBe((0xb1b0afba - referenceChecksum(asSummed)) >>> 0);
  });
});

/** The tables of a font, by tag. */
function tablesOf(font: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (let i = 0; i < font.readUInt16BE(4); i++) {
    const at = 12 + i * 16;
    const [offset, length] = [font.readUInt32BE(at + 8), font.readUInt32BE(at + 12)];
    out.set(font.toString("latin1", at, at + 4), font.subarray(offset, offset + length));
  }
  return out;
}

/** `subset` with its own tables changed: `edit` gets them by tag and may replace any. */
function edited(font: Buffer, edit: (tables: Map<string, Buffer>) => void): Buffer {
  const tables = tablesOf(font);
  edit(tables);
  return sfnt(Object.fromEntries(tables));
}

describe("a union of subsets", () => {
  it("keeps every outline under its glyph id, and each glyph's advance and side bearing", () => {
    // Two long metrics: glyph 2 takes the last advance and its own (negative) bearing.
    const shortMetrics = (f: Buffer) =>
      edited(f, (t) => {
        const hhea = Buffer.from(t.get("hhea") as Buffer);
        hhea.writeUInt16BE(2, 34);
        t.set("hhea", hhea);
        const hmtx = Buffer.alloc(10);
        hmtx.writeUInt16BE(600, 0);
        hmtx.writeInt16BE(-12, 2);
        hmtx.writeUInt16BE(610, 4);
        hmtx.writeInt16BE(30, 6);
        hmtx.writeInt16BE(-45, 8);
        t.set("hmtx", hmtx);
      });
    const union = unionOfSubsets([
      shortMetrics(subset({ 1: Buffer.from("one!") })),
      shortMetrics(subset({ 2: Buffer.from("two, a longer one!") })),
    ]);
    const t = tablesOf(union as Buffer);
    const loca = t.get("loca") as Buffer;
    const glyf = t.get("glyf") as Buffer;
    const outline = (g: number) => glyf.subarray(loca.readUInt32BE(g * 4), loca.readUInt32BE(g * 4 + 4));
    expect(outline(0).byteLength).toBe(0);
    expect(outline(1).toString("latin1")).toBe("one!");
    // Each outline starts on a 4-byte boundary (a short loca counts words: outlines of even length).
    expect(outline(2).toString("latin1").replace(/\0+$/, "")).toBe("two, a longer one!");
    const hmtx = t.get("hmtx") as Buffer;
    const metrics = [0, 1, 2].map((g) => [hmtx.readUInt16BE(g * 4), hmtx.readInt16BE(g * 4 + 2)]);
    expect(metrics).toEqual([
      [600, -12],
      [610, 30],
      [610, -45],
    ]);
    expect((t.get("hhea") as Buffer).readUInt16BE(34)).toBe(3);
  });

  it("is null, not an exception, for a subset whose loca is shorter than its glyph count", () => {
    const truncated = edited(subset({ 1: Buffer.from("one!") }), (t) => {
      t.set("loca", (t.get("loca") as Buffer).subarray(0, 4));
    });
    expect(unionOfSubsets([subset({ 0: Buffer.from("zero") }), truncated])).toBeNull();
  });
});
