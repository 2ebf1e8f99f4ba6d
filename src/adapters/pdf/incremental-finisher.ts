import type { PdfDocumentInfo, PdfFinisher } from "../../core/ports.js";
import { ByteText } from "./byte-text.js";
import { PdfLibFinisher } from "./pdf-lib-finisher.js";

/** The file as text, one character a byte, read from its bytes as asked (see byte-text.ts). */
export const pdfText = (bytes: Uint8Array) => new ByteText(bytes);

/** A text string as PDF writes Unicode: UTF-16BE with a byte-order mark, in hex. */
function textString(s: string): string {
  const units = Buffer.from(s, "utf16le").swap16().toString("hex").toUpperCase();
  return `<FEFF${units}>`;
}

/** D:YYYYMMDDHHmmSSZ, in UTC. */
const pdfDate = (d: Date) => `(D:${d.toISOString().replace(/[-:T]/g, "").slice(0, 14)}Z)`;

interface Trailer {
  size: number;
  root: number;
  xrefAt: number;
  id: string | undefined;
}

/** The last trailer of a PDF with a classic cross-reference table, as Chromium (Skia) writes it. */
function readTrailer(text: ByteText): Trailer | null {
  const tail = text.slice(-1024);
  const at = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  const trailer = /trailer\s*<<([\s\S]*?)>>\s*startxref/.exec(tail);
  const size = /\/Size (\d+)/.exec(trailer?.[1] ?? "");
  const root = /\/Root (\d+) 0 R/.exec(trailer?.[1] ?? "");
  if (!at?.[1] || !size?.[1] || !root?.[1]) return null;
  const id = /\/ID\s*(\[[^\]]*\])/.exec(trailer?.[1] ?? "")?.[1];
  return { size: Number(size[1]), root: Number(root[1]), xrefAt: Number(at[1]), id };
}

/** An object's dictionary, found through the cross-reference table (one section, from 0). */
function readObject(text: ByteText, xrefAt: number, num: number): string | null {
  const header = /^xref\s+0 (\d+)\s*\n/.exec(text.slice(xrefAt, xrefAt + 40));
  if (!header?.[1] || num >= Number(header[1])) return null;
  const entryAt = xrefAt + header[0].length + num * 20;
  const entry = /^(\d{10}) 00000 n/.exec(text.slice(entryAt, entryAt + 20));
  if (!entry?.[1]) return null;
  const offset = Number(entry[1]);
  const body = new RegExp(`^${num} 0 obj\\s*(<<[\\s\\S]*?>>)\\s*endobj`).exec(
    text.slice(offset, offset + 4096),
  );
  return body?.[1] ?? null;
}

/** The Info dictionary the finisher writes. */
export function infoDictionary(info: PdfDocumentInfo): string {
  return [
    `<</Title ${textString(info.title)}`,
    `/Subject ${textString(info.subject)}`,
    `/Keywords ${textString(info.keywords.join(" "))}`,
    `/Author ${textString(info.author)}`,
    "/Creator (scenario-brief)",
    "/Producer (scenario-brief \\(Chromium\\))",
    `/CreationDate ${pdfDate(info.createdAt)}`,
    `/ModDate ${pdfDate(info.createdAt)}>>`,
  ].join("\n");
}

/**
 * The trailer and page count of a PDF laid out as Chromium lays it out, with the language and
 * DisplayDocTitle Chromium writes from the page; null for any other PDF.
 */
export function chromiumPdf(
  pdf: Uint8Array,
  text = pdfText(pdf),
): { trailer: Trailer; pages: number } | null {
  const trailer = readTrailer(text);
  const catalog = trailer && readObject(text, trailer.xrefAt, trailer.root);
  const pagesRef = catalog && /\/Pages (\d+) 0 R/.exec(catalog)?.[1];
  const pagesDict = trailer && pagesRef ? readObject(text, trailer.xrefAt, Number(pagesRef)) : null;
  const count = pagesDict && /\/Count (\d+)/.exec(pagesDict)?.[1];
  const ready = catalog && /\/Lang \(/.test(catalog) && /\/DisplayDocTitle true/.test(catalog);
  return trailer && count && ready ? { trailer, pages: Number(count) } : null;
}

/**
 * Sets the document metadata without re-parsing and re-writing the whole PDF: an incremental
 * update appends a new Info dictionary and a cross-reference section pointing at it, and every
 * byte Chromium wrote (content, fonts, tags, outline) stays as it was. Chromium already writes
 * the language and DisplayDocTitle from the page; a PDF without them, or not laid out as
 * Chromium lays it out, goes through pdf-lib instead.
 */
export class IncrementalFinisher implements PdfFinisher {
  private readonly fallback = new PdfLibFinisher();

  async finish(pdf: Uint8Array, info: PdfDocumentInfo): Promise<{ pdf: Uint8Array; pages: number }> {
    const chromium = chromiumPdf(pdf);
    if (!chromium) return this.fallback.finish(pdf, info);
    const { trailer, pages } = chromium;

    const infoNum = trailer.size;
    const base = pdf.byteLength;
    const object = [`${infoNum} 0 obj`, infoDictionary(info), "endobj", ""].join("\n");
    const objectAt = base + 1;
    const xrefAt = objectAt + Buffer.byteLength(object, "latin1");
    const update = [
      "",
      object,
      "xref",
      "0 1",
      "0000000000 65535 f\r",
      `${infoNum} 1`,
      `${String(objectAt).padStart(10, "0")} 00000 n\r`,
      "trailer",
      `<</Size ${infoNum + 1} /Root ${trailer.root} 0 R /Info ${infoNum} 0 R /Prev ${trailer.xrefAt}${
        trailer.id ? ` /ID ${trailer.id}` : ""
      }>>`,
      "startxref",
      String(xrefAt),
      "%%EOF",
      "",
    ].join("\n");
    const out = new Uint8Array(base + Buffer.byteLength(update, "latin1"));
    out.set(pdf, 0);
    out.set(Buffer.from(update, "latin1"), base);
    return { pdf: out, pages };
  }
}
