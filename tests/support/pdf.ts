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
