import { extractText, getDocumentProxy, getMeta } from "unpdf";

/** Text and page count of a PDF, read with pdf.js as a reader would see it. */
export async function readPdf(
  bytes: Uint8Array,
): Promise<{ pages: number; text: string; pageTexts: string[]; title?: string }> {
  const doc = await getDocumentProxy(new Uint8Array(bytes));
  const { totalPages, text } = await extractText(doc, { mergePages: false });
  const meta = await getMeta(doc);
  const info = meta.info as { Title?: string };
  return {
    pages: totalPages,
    pageTexts: text,
    text: text.join("\n").replace(/\s+/g, " "),
    title: info.Title,
  };
}
