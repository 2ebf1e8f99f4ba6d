import type { PdfDocumentInfo, PdfFinisher } from "../../core/ports.js";

/**
 * Document metadata that Chromium's printer does not write, and the page count. The fallback of
 * the compact finisher: pdf-lib (0.4 MB of the bundle) is loaded on first use, not at cold start.
 */
export class PdfLibFinisher implements PdfFinisher {
  async finish(pdf: Uint8Array, info: PdfDocumentInfo): Promise<{ pdf: Uint8Array; pages: number }> {
    const { PDFDocument } = await import("pdf-lib");
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    doc.setTitle(info.title, { showInWindowTitleBar: true });
    doc.setSubject(info.subject);
    doc.setKeywords(info.keywords);
    doc.setAuthor(info.author);
    doc.setCreator("scenario-brief");
    doc.setProducer("scenario-brief (Chromium, pdf-lib)");
    doc.setCreationDate(info.createdAt);
    doc.setModificationDate(info.createdAt);
    doc.setLanguage("en");
    return { pdf: await doc.save({ useObjectStreams: true }), pages: doc.getPageCount() };
  }
}
