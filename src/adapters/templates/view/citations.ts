import { type Credibility, credibilityOf, formatGrade, type Reliability } from "../sources/admiralty.js";
import { type EvidenceItem, type SourceDocument, sentenceKey } from "./evidence.js";
import { formatDate } from "./format.js";

/** What a citation marker points at: one sentence of one article. */
export type Citable = Pick<EvidenceItem, "articleId" | "sentence" | "sentenceText">;

export interface EvidenceEntry {
  n: number;
  quote: string;
  articleTitle: string;
  source: string;
  published: string;
  grade: string;
}

/**
 * Numbers cited sentences in order of first citation, so that the evidence appendix reads in
 * the order the reader meets the markers.
 */
export class CitationIndex {
  private readonly numbers = new Map<string, number>();
  private readonly entries: { item: Citable; corroboration: number }[] = [];

  constructor(private readonly docs: ReadonlyMap<string, SourceDocument>) {}

  /** The marker number of the item's sentence; `corroboration` counts independent sources. */
  cite(item: Citable, corroboration = 1): number {
    const key = sentenceKey(item);
    const known = this.numbers.get(key);
    if (known !== undefined) {
      const entry = this.entries[known - 1];
      if (entry) entry.corroboration = Math.max(entry.corroboration, corroboration);
      return known;
    }
    this.entries.push({ item, corroboration });
    this.numbers.set(key, this.entries.length);
    return this.entries.length;
  }

  list(): EvidenceEntry[] {
    return this.entries.map(({ item, corroboration }, i) => {
      const doc = this.docs.get(item.articleId);
      const reliability: Reliability = doc?.reliability ?? "F";
      const credibility: Credibility = credibilityOf(corroboration, reliability);
      return {
        n: i + 1,
        quote: item.sentenceText,
        articleTitle: doc?.article.title ?? item.articleId,
        source: doc?.article.source ?? "Unattributed",
        published: doc?.article.publishedAt ? formatDate(doc.article.publishedAt) : "date unknown",
        grade: formatGrade({ reliability, credibility }),
      };
    });
  }
}
