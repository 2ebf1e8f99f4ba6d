/**
 * One TrueType font from several subsets of the same font that kept their glyph ids, as Skia
 * subsets fonts for PDF (HarfBuzz, glyph ids retained, CIDToGIDMap /Identity). Chromium prints
 * one face as several such subsets (a new one per typeface instance it makes of the face), so a
 * briefing carried five or six copies of IBM Plex Sans, each with its own hinting program and
 * tables. The union keeps every glyph any subset has, under the same id, so every font
 * dictionary can point at it unchanged. Null when the inputs are not subsets of one font.
 */

interface Sfnt {
  tables: Map<string, Buffer>;
  numGlyphs: number;
  numHMetrics: number;
  /** Glyph g's outline runs from loca[g] to loca[g + 1] in glyf. */
  loca: Uint32Array;
  glyf: Buffer;
  hmtx: Buffer;
}

function read(font: Buffer): Sfnt | null {
  if (font.byteLength < 12 || font.readUInt32BE(0) !== 0x00010000) return null;
  const count = font.readUInt16BE(4);
  const tables = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const offset = font.readUInt32BE(at + 8);
    const length = font.readUInt32BE(at + 12);
    if (offset + length > font.byteLength) return null;
    tables.set(font.toString("latin1", at, at + 4), font.subarray(offset, offset + length));
  }
  const head = tables.get("head");
  const maxp = tables.get("maxp");
  const hhea = tables.get("hhea");
  const loca = tables.get("loca");
  const glyf = tables.get("glyf");
  const hmtx = tables.get("hmtx");
  if (!head || !maxp || !hhea || !loca || !glyf || !hmtx) return null;
  const numGlyphs = maxp.readUInt16BE(4);
  const long = head.readInt16BE(50) === 1;
  if (loca.byteLength < (numGlyphs + 1) * (long ? 4 : 2)) return null;
  // Read byte by byte: Subsets keep every glyph id, so a loca has the whole font's entries
  // (thousands for DejaVu Sans), and a Buffer method call per entry was a share of the finish.
  const offsets = new Uint32Array(numGlyphs + 1);
  for (let g = 0; g <= numGlyphs; g++) {
    offsets[g] = long
      ? (loca[g * 4] as number) * 0x1000000 +
        (((loca[g * 4 + 1] as number) << 16) |
          ((loca[g * 4 + 2] as number) << 8) |
          (loca[g * 4 + 3] as number))
      : (((loca[g * 2] as number) << 8) | (loca[g * 2 + 1] as number)) * 2;
  }
  return { tables, numGlyphs, numHMetrics: hhea.readUInt16BE(34), loca: offsets, glyf, hmtx };
}

function glyph(font: Sfnt, g: number): Buffer | null {
  if (g >= font.numGlyphs) return null;
  const from = font.loca[g] as number;
  const to = font.loca[g + 1] as number;
  return to > from ? font.glyf.subarray(from, to) : null;
}

/** Glyph g's advance and left side bearing, as 16-bit words (the bearing's sign kept as read). */
function metrics(font: Sfnt, g: number, out: Buffer, at: number): void {
  const hmtx = font.hmtx;
  const n = font.numHMetrics;
  // The advance: g's own, or the last long metric's for the glyphs after them.
  const a = g < n ? g * 4 : (n - 1) * 4;
  out[at] = hmtx[a] ?? 0;
  out[at + 1] = hmtx[a + 1] ?? 0;
  const lsbAt = g < n ? g * 4 + 2 : n * 4 + (g - n) * 2;
  const has = lsbAt + 2 <= hmtx.byteLength;
  out[at + 2] = has ? (hmtx[lsbAt] as number) : 0;
  out[at + 3] = has ? (hmtx[lsbAt + 1] as number) : 0;
}

const pad4 = (b: Buffer) => (b.byteLength % 4 ? Buffer.concat([b, Buffer.alloc(4 - (b.byteLength % 4))]) : b);

/**
 * OpenType's checksum: the sum of the big-endian 32-bit words, modulo 2^32, the last word padded
 * with zeros. Read off the bytes as they are, without copying a table to pad it.
 */
export function checksum(b: Uint8Array): number {
  const whole = b.byteLength - (b.byteLength % 4);
  let sum = 0;
  for (let i = 0; i < whole; i += 4) {
    // A word from four bytes: `<< 24` may give a negative int32, which `>>> 0` takes back mod 2^32.
    const word =
      ((b[i] as number) << 24) |
      ((b[i + 1] as number) << 16) |
      ((b[i + 2] as number) << 8) |
      (b[i + 3] as number);
    sum = (sum + word) >>> 0;
  }
  if (whole < b.byteLength) {
    let last = 0;
    for (let i = whole; i < whole + 4; i++) last = (last << 8) | (b[i] ?? 0);
    sum = (sum + last) >>> 0;
  }
  return sum;
}

function write(tables: Map<string, Buffer>): Buffer {
  const tags = [...tables.keys()].sort();
  const count = tags.length;
  const power = 2 ** Math.floor(Math.log2(count));
  const header = Buffer.alloc(12 + count * 16);
  header.writeUInt32BE(0x00010000, 0);
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(count * 16 - power * 16, 10);
  const bodies: Buffer[] = [];
  let offset = header.byteLength;
  // The whole font's checksum is the sum of its parts' (each starts on a word and is padded to
  // one): summed as the tables are, rather than over the whole font once more.
  let sums = 0;
  tags.forEach((tag, i) => {
    const body = tables.get(tag) as Buffer;
    const at = 12 + i * 16;
    header.write(tag, at, 4, "latin1");
    const sum = checksum(body);
    sums = (sums + sum) >>> 0;
    header.writeUInt32BE(sum, at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(body.byteLength, at + 12);
    const padded = pad4(body);
    bodies.push(padded);
    offset += padded.byteLength;
  });
  const font = Buffer.concat([header, ...bodies]);
  const headAt = header.readUInt32BE(12 + tags.indexOf("head") * 16 + 8);
  font.writeUInt32BE((0xb1b0afba - ((checksum(header) + sums) >>> 0)) >>> 0, headAt + 8);
  return font;
}

export function unionOfSubsets(fonts: readonly Buffer[]): Buffer | null {
  const parsed = fonts.map(read);
  if (parsed.length < 2 || parsed.some((f) => !f)) return null;
  const subsets = parsed as Sfnt[];
  const base = subsets[0] as Sfnt;
  const unitsPerEm = (f: Sfnt) => f.tables.get("head")?.readUInt16BE(18);
  if (subsets.some((f) => unitsPerEm(f) !== unitsPerEm(base))) return null;

  const numGlyphs = Math.max(...subsets.map((f) => f.numGlyphs));
  // Which subset has each glyph's outline, and where the union puts it (4-byte aligned).
  const source = new Int32Array(numGlyphs).fill(-1);
  const at = new Uint32Array(numGlyphs + 1);
  let end = 0;
  for (let g = 0; g < numGlyphs; g++) {
    at[g] = end;
    for (let i = 0; i < subsets.length; i++) {
      const f = subsets[i] as Sfnt;
      if (g >= f.numGlyphs || (f.loca[g + 1] as number) <= (f.loca[g] as number)) continue;
      if (source[g] === -1) {
        source[g] = i;
        end += ((f.loca[g + 1] as number) - (f.loca[g] as number) + 3) & ~3;
      } else if (!(glyph(f, g) as Buffer).equals(glyph(subsets[source[g] as number] as Sfnt, g) as Buffer)) {
        // Two subsets of one font have the same outline for a glyph id; else not one font.
        return null;
      }
    }
  }
  at[numGlyphs] = end;
  const loca = Buffer.alloc((numGlyphs + 1) * 4);
  for (let g = 0; g <= numGlyphs; g++) loca.writeUInt32BE(at[g] as number, g * 4);
  const glyf = Buffer.alloc(end);
  const hmtx = Buffer.alloc(numGlyphs * 4);
  for (let g = 0; g < numGlyphs; g++) {
    const i = source[g] as number;
    if (i >= 0) glyph(subsets[i] as Sfnt, g)?.copy(glyf, at[g]);
    const from = i >= 0 ? subsets[i] : subsets.find((f) => g < f.numGlyphs);
    if (from) metrics(from, g, hmtx, g * 4);
  }

  const tables = new Map(base.tables);
  const head = Buffer.from(base.tables.get("head") as Buffer);
  head.writeInt16BE(1, 50);
  const hhea = Buffer.from(base.tables.get("hhea") as Buffer);
  hhea.writeUInt16BE(numGlyphs, 34);
  const maxp = Buffer.from(base.tables.get("maxp") as Buffer);
  maxp.writeUInt16BE(numGlyphs, 4);
  // Version 1.0 limits (points, contours, stack, ...): the largest any subset needs.
  for (let i = 6; i + 2 <= maxp.byteLength; i += 2) {
    maxp.writeUInt16BE(Math.max(...subsets.map((f) => f.tables.get("maxp")?.readUInt16BE(i) ?? 0)), i);
  }
  tables.set("head", head);
  tables.set("hhea", hhea);
  tables.set("maxp", maxp);
  tables.set("loca", loca);
  tables.set("glyf", glyf);
  tables.set("hmtx", hmtx);
  // Glyph names, if any, would be of one subset only: version 3 keeps the header, no names.
  const post = base.tables.get("post");
  if (post && post.byteLength >= 32) {
    const short = Buffer.from(post.subarray(0, 32));
    short.writeUInt32BE(0x00030000, 0);
    tables.set("post", short);
  }
  // Per-glyph tables of one subset would not match the union.
  for (const tag of ["hdmx", "LTSH", "VDMX", "kern"]) tables.delete(tag);
  return write(tables);
}
