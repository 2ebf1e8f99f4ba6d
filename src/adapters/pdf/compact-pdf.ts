import { inflateSync, deflateSync as zlibDeflate } from "node:zlib";
import { ByteText } from "./byte-text.js";
import { unionOfSubsets } from "./truetype-union.js";

/**
 * Chromium (Skia) writes PDF 1.4: every dictionary is a plain object and the cross-reference is
 * a table of 20 bytes an object. A tagged briefing has some 1,300 structure elements, so those
 * uncompressed dictionaries and their table were a quarter of the file. This rewrites the file
 * as PDF 1.5 without parsing it: every stream object (content, fonts) is copied byte for byte,
 * every other object goes as it was into compressed object streams, and a compressed
 * cross-reference stream replaces the table. Object numbers do not change, so no reference is
 * touched; the structure tree, outline and fonts are the same objects as before.
 */

const NEWLINE = Buffer.from("\n", "latin1");

/**
 * zlib level of what this file compresses (object streams, merged fonts, the xref stream). The
 * finish runs on the event loop of every briefing, and deflate was a third of it: level 3
 * against zlib's default 6 took the reference briefing's finish from 15.1 to 12.4 ms of CPU
 * (medians, in one process, interleaved) for 4 KB more PDF (192 -> 196 KB, the budget is 250 KB).
 */
const DEFLATE_LEVEL = 3;

const deflateSync = (data: Buffer) => zlibDeflate(data, { level: DEFLATE_LEVEL });

/** Objects per object stream: large enough to compress well, small enough for a reader to page. */
const PER_STREAM = 200;

interface Parsed {
  /** Object number -> byte offset, for the objects in use. */
  offsets: Map<number, number>;
  xrefAt: number;
  size: number;
  root: number;
  info: number | undefined;
  id: string | undefined;
}

const FREE = -1;
const ZERO = 48;
const F = 102; // "f"
const N = 110; // "n"
const isDigit = (c: number) => c >= ZERO && c <= ZERO + 9;

/**
 * One 20-byte entry of a classic table, `oooooooooo ggggg n`: the offset of an object in use of
 * generation 0, FREE for a free entry, null for anything else. Read by character code: a regular
 * expression over a slice per entry was most of the parse for the ~1,400 objects of a briefing.
 */
function xrefEntry(text: ByteText, at: number): number | null {
  let offset = 0;
  for (let i = 0; i < 10; i++) {
    const c = text.charCodeAt(at + i);
    if (!isDigit(c)) return null;
    offset = offset * 10 + (c - ZERO);
  }
  if (text.charCodeAt(at + 10) !== 32 || text.charCodeAt(at + 16) !== 32) return null;
  let zero = true;
  for (let i = 11; i < 16; i++) {
    const c = text.charCodeAt(at + i);
    if (!isDigit(c)) return null;
    if (c !== ZERO) zero = false;
  }
  const kind = text.charCodeAt(at + 17);
  if (kind === F) return FREE;
  return kind === N && zero ? offset : null;
}

/** A single, classic cross-reference table from object 0 and its trailer, as Chromium writes them. */
function parse(text: ByteText): Parsed | null {
  const tail = text.slice(-2048);
  const at = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!at?.[1]) return null;
  const xrefAt = Number(at[1]);
  const header = /^xref\s+0 (\d+)\s*\n/.exec(text.slice(xrefAt, xrefAt + 40));
  if (!header?.[1]) return null;
  const count = Number(header[1]);
  const tableAt = xrefAt + header[0].length;
  const trailerText = text.slice(tableAt + count * 20, tableAt + count * 20 + 1024);
  const trailer = /^\s*trailer\s*<<([\s\S]*?)>>\s*startxref/.exec(trailerText)?.[1];
  // A file updated after Chromium (a /Prev chain) is not this shape.
  if (!trailer || /\/Prev\b|\/Encrypt\b/.test(trailer)) return null;
  const size = Number(/\/Size (\d+)/.exec(trailer)?.[1]);
  const root = Number(/\/Root (\d+) 0 R/.exec(trailer)?.[1]);
  if (!size || !root || size !== count) return null;
  const info = /\/Info (\d+) 0 R/.exec(trailer)?.[1];
  const offsets = new Map<number, number>();
  for (let n = 1; n < count; n++) {
    const entry = xrefEntry(text, tableAt + n * 20);
    if (entry === null) return null;
    if (entry === FREE) continue;
    offsets.set(n, entry);
  }
  return {
    offsets,
    xrefAt,
    size,
    root,
    info: info === undefined ? undefined : Number(info),
    id: /\/ID\s*(\[[^\]]*\])/.exec(trailer)?.[1],
  };
}

interface Obj {
  num: number;
  /** What lies between `obj` and `endobj`, for an object that is not a stream. */
  body: string;
  stream: boolean;
  /** The whole object, `N 0 obj` to `endobj`, for a stream copied as is. */
  bytes: Uint8Array;
  /** For a stream: its dictionary's text and where its data starts in `bytes`. */
  dict: string;
  dataAt: number;
}

/**
 * Each object runs from its offset to the next object's (or the table): no stream length needs
 * reading, and a stream is the object whose last keyword before `endobj` is `endstream`.
 */
function objects(pdf: Uint8Array, text: ByteText, parsed: Parsed): Obj[] | null {
  const sorted = [...parsed.offsets].sort((a, b) => a[1] - b[1]);
  const out: Obj[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const [num, from] = sorted[i] as [number, number];
    const to = (sorted[i + 1]?.[1] ?? parsed.xrefAt) as number;
    const head = `${num} 0 obj`;
    const end = text.lastIndexOf("endobj", to - 6);
    if (!text.startsWith(head, from) || end < from) return null;
    // Only whitespace lies between `endstream` and `endobj`.
    const stream = text
      .slice(Math.max(from, end - 16), end)
      .trimEnd()
      .endsWith("endstream");
    const bytes = pdf.subarray(from, end + 6);
    if (!stream) {
      out.push({ num, body: text.slice(from + head.length, end).trim(), stream, bytes, dict: "", dataAt: 0 });
      continue;
    }
    const keyword = text.indexOf("stream", from + head.length);
    const eol = text.startsWith("\r\n", keyword + 6) ? 2 : 1;
    out.push({
      num,
      body: "",
      stream,
      bytes,
      dict: text.slice(from + head.length, keyword),
      dataAt: keyword + 6 + eol - from,
    });
  }
  return out;
}

/** The data of a FlateDecode stream of direct length and no parameters; null for any other. */
function inflated(o: Obj): Buffer | null {
  const length = /\/Length (\d+)\b(?!\s+\d+\s+R)/.exec(o.dict)?.[1];
  if (!length || !/\/Filter\s*\/FlateDecode\b/.test(o.dict) || /DecodeParms|\[/.test(o.dict)) return null;
  try {
    return inflateSync(o.bytes.subarray(o.dataAt, o.dataAt + Number(length)));
  } catch {
    return null;
  }
}

/**
 * The font descriptors of one font name point at one embedded font: the union of the subsets
 * Chromium wrote for it (see truetype-union.ts). Returns the objects with the first subset's
 * stream replaced by the union, the descriptors repointed, the other subsets left out.
 */
function mergeFontFiles(objs: Obj[]): Obj[] {
  const byNum = new Map(objs.map((o) => [o.num, o]));
  const groups = new Map<string, { descriptor: Obj; file: number }[]>();
  for (const o of objs) {
    if (o.stream || !/\/Type\s*\/FontDescriptor\b/.test(o.body)) continue;
    const name = /\/FontName\s*\/([^\s/<>[\]()]+)/.exec(o.body)?.[1];
    const file = /\/FontFile2 (\d+) 0 R/.exec(o.body)?.[1];
    if (!name || !file) continue;
    groups.set(name, [...(groups.get(name) ?? []), { descriptor: o, file: Number(file) }]);
  }
  const replaced = new Map<number, Obj>();
  const dropped = new Set<number>();
  for (const group of groups.values()) {
    const files = [...new Set(group.map((g) => g.file))];
    if (files.length < 2) continue;
    const streams = files.map((n) => byNum.get(n));
    const fonts = streams.map((o) => (o?.stream ? inflated(o) : null));
    if (fonts.some((f) => !f)) continue;
    const union = unionOfSubsets(fonts as Buffer[]);
    if (!union) continue;
    const [keep, ...rest] = files as [number, ...number[]];
    const data = deflateSync(union);
    const dict = `<</Filter /FlateDecode /Length ${data.byteLength} /Length1 ${union.byteLength}>>`;
    const head = Buffer.from(`${keep} 0 obj\n${dict}\nstream\n`, "latin1");
    const bytes = Buffer.concat([head, data, Buffer.from("\nendstream\nendobj", "latin1")]);
    replaced.set(keep, { num: keep, body: "", stream: true, bytes, dict, dataAt: head.byteLength });
    for (const n of rest) dropped.add(n);
    for (const { descriptor } of group) {
      const body = descriptor.body.replace(/\/FontFile2 \d+ 0 R/, `/FontFile2 ${keep} 0 R`);
      replaced.set(descriptor.num, { ...descriptor, body });
    }
  }
  return objs.filter((o) => !dropped.has(o.num)).map((o) => replaced.get(o.num) ?? o);
}

/**
 * The PDF rewritten with object streams and `info` (a dictionary) as its Info, in place of
 * Chromium's; null when the file is not laid out as Chromium writes it. `text` is the file read
 * as text (see byte-text.ts), when the caller has it already.
 */
export function compactPdf(pdf: Uint8Array, info: string, text = new ByteText(pdf)): Uint8Array | null {
  const parsed = parse(text);
  const read = parsed && objects(pdf, text, parsed);
  if (!parsed || !read) return null;
  const objs = mergeFontFiles(read);

  // Chromium's own Info (its title from <title>) is replaced under the same number.
  const infoNum = parsed.info ?? parsed.size;
  const kept = objs.filter((o) => o.num !== infoNum);
  const packed = [
    ...kept.filter((o) => !o.stream).map(({ num, body }) => ({ num, body })),
    { num: infoNum, body: info },
  ];
  const size0 = Math.max(parsed.size, infoNum + 1);
  const streamCount = Math.ceil(packed.length / PER_STREAM);
  const xrefNum = size0 + streamCount;
  const size = xrefNum + 1;

  // type 1: [1, offset, 0]; type 2: [2, object stream, index]; type 0: free.
  const entries: [number, number, number][] = Array.from({ length: size }, () => [0, 0, 0]);
  entries[0] = [0, 0, 65535];
  const chunks: Buffer[] = [Buffer.from("%PDF-1.5\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  let offset = chunks[0]?.byteLength ?? 0;
  const write = (b: Buffer) => {
    chunks.push(b);
    offset += b.byteLength;
  };

  for (const o of kept) {
    if (!o.stream) continue;
    entries[o.num] = [1, offset, 0];
    write(Buffer.from(o.bytes.buffer, o.bytes.byteOffset, o.bytes.byteLength));
    write(NEWLINE);
  }
  for (let s = 0; s < streamCount; s++) {
    const num = size0 + s;
    const group = packed.slice(s * PER_STREAM, (s + 1) * PER_STREAM);
    const index: string[] = [];
    const bodies: string[] = [];
    let at = 0;
    group.forEach((o, i) => {
      entries[o.num] = [2, num, i];
      index.push(`${o.num} ${at}`);
      const body = `${o.body}\n`;
      bodies.push(body);
      at += Buffer.byteLength(body, "latin1");
    });
    const head = `${index.join(" ")}\n`;
    const data = deflateSync(Buffer.from(head + bodies.join(""), "latin1"));
    entries[num] = [1, offset, 0];
    write(
      Buffer.from(
        `${num} 0 obj\n<</Type /ObjStm /N ${group.length} /First ${Buffer.byteLength(head, "latin1")} /Filter /FlateDecode /Length ${data.byteLength}>>\nstream\n`,
        "latin1",
      ),
    );
    write(data);
    write(Buffer.from("\nendstream\nendobj\n", "latin1"));
  }

  const xrefAt = offset;
  entries[xrefNum] = [1, xrefAt, 0];
  const table = Buffer.alloc(size * 7);
  entries.forEach(([type, a, b], i) => {
    table.writeUInt8(type, i * 7);
    table.writeUInt32BE(a, i * 7 + 1);
    table.writeUInt16BE(b, i * 7 + 5);
  });
  const xref = deflateSync(table);
  write(
    Buffer.from(
      `${xrefNum} 0 obj\n<</Type /XRef /Size ${size} /W [1 4 2] /Root ${parsed.root} 0 R /Info ${infoNum} 0 R${
        parsed.id ? ` /ID ${parsed.id}` : ""
      } /Filter /FlateDecode /Length ${xref.byteLength}>>\nstream\n`,
      "latin1",
    ),
  );
  write(xref);
  write(Buffer.from(`\nendstream\nendobj\nstartxref\n${xrefAt}\n%%EOF\n`, "latin1"));
  // The Buffer is the file (a Uint8Array): no copy of it into another.
  return Buffer.concat(chunks);
}
