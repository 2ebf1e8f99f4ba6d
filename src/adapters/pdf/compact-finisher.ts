import type { PdfDocumentInfo, PdfFinisher } from "../../core/ports.js";
import { compactPdf } from "./compact-pdf.js";
import { chromiumPdf, IncrementalFinisher, infoDictionary, pdfText } from "./incremental-finisher.js";

/**
 * Sets the document metadata and writes Chromium's PDF again with object streams (see
 * compact-pdf.ts): the same objects, a third smaller for a tagged briefing, without parsing the
 * PDF. A file not laid out as Chromium writes it gets an incremental update or, failing that,
 * the pdf-lib rewrite.
 */
export class CompactFinisher implements PdfFinisher {
  private readonly fallback = new IncrementalFinisher();

  async finish(pdf: Uint8Array, info: PdfDocumentInfo): Promise<{ pdf: Uint8Array; pages: number }> {
    // Decoded once for both readings of the file.
    const text = pdfText(pdf);
    const chromium = chromiumPdf(pdf, text);
    const compact = chromium && compactPdf(pdf, infoDictionary(info), text);
    if (!chromium || !compact) return this.fallback.finish(pdf, info);
    return { pdf: compact, pages: chromium.pages };
  }
}
