import { execFileSync } from "node:child_process";
import { extractText, getDocumentProxy, getMeta } from "unpdf";

/** Text and page count of a PDF, read with pdf.js as a reader would see it. */
export async function readPdf(bytes: Uint8Array): Promise<{
  pages: number;
  text: string;
  pageTexts: string[];
  title?: string;
  subject?: string;
  keywords?: string;
  /** Bookmark titles, depth first. */
  outline: string[];
}> {
  const doc = await getDocumentProxy(new Uint8Array(bytes));
  const { totalPages, text } = await extractText(doc, { mergePages: false });
  const meta = await getMeta(doc);
  const info = meta.info as { Title?: string; Subject?: string; Keywords?: string };
  type Node = { title: string; items: Node[] };
  const flatten = (nodes: Node[] | null): string[] =>
    (nodes ?? []).flatMap((n) => [n.title, ...flatten(n.items)]);
  return {
    pages: totalPages,
    pageTexts: text,
    text: text.join("\n").replace(/\s+/g, " "),
    title: info.Title,
    subject: info.Subject,
    keywords: info.Keywords,
    outline: flatten((await doc.getOutline()) as Node[] | null),
  };
}

/**
 * Pages of a PDF saved as PNGs beside it, for a person to look at (`pdftoppm -png -r 60`). The
 * pictures are for review, not asserted on, so a machine without poppler-utils (a fresh one, where
 * `npm test` must still pass) skips them and says so once.
 */
export function savePagePngs(file: string, prefix: string, pages?: { first: number; last: number }): void {
  const range = pages ? ["-f", String(pages.first), "-l", String(pages.last)] : [];
  try {
    execFileSync("pdftoppm", ["-png", "-r", "60", ...range, file, prefix]);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    if (!warnedNoPdftoppm) console.warn("pdftoppm not installed (poppler-utils): page PNGs not written");
    warnedNoPdftoppm = true;
  }
}
let warnedNoPdftoppm = false;
