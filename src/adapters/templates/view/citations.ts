import { parseReportKey, type SourceDocument } from "../../../core/themes/reports.js";
import { clip, formatDate } from "./format.js";

/** What a citation marker points at: one sentence of one article. */
export interface Citable {
  articleId: string;
  sentence: number;
  sentenceText: string;
}

export interface EvidenceEntry {
  n: number;
  quote: string;
  articleTitle: string;
  source: string;
  published: string;
  grade: string;
}

const keyOf = (c: Citable) => `${c.articleId}#${c.sentence}`;

/**
 * Numbers cited sentences in order of first citation, so that the evidence appendix reads in
 * the order the reader meets the markers. The grade is the core's: source reliability and the
 * credibility that independent corroboration gives.
 */
export class CitationIndex {
  private readonly numbers = new Map<string, number>();
  private readonly entries: { item: Citable; grade: string | null }[] = [];

  constructor(private readonly docs: ReadonlyMap<string, SourceDocument>) {}

  cite(item: Citable, grade: string | null = null): number {
    const key = keyOf(item);
    const known = this.numbers.get(key);
    if (known !== undefined) {
      const entry = this.entries[known - 1];
      if (entry && grade && (!entry.grade || grade < entry.grade)) entry.grade = grade;
      return known;
    }
    this.entries.push({ item, grade });
    this.numbers.set(key, this.entries.length);
    return this.entries.length;
  }

  /** Cites a sentence by its key, looking its text up in the sources. */
  citeKey(key: string, grade: string | null = null): number | null {
    const { articleId, sentence } = parseReportKey(key);
    const doc = this.docs.get(articleId);
    if (!doc) return null;
    return this.cite({ articleId, sentence, sentenceText: doc.facts.sentences[sentence]?.text ?? "" }, grade);
  }

  /** Cites sentences by key; the markers in ascending order ("[4, 5, 7]"), as a reader expects. */
  citeKeys(keys: readonly string[]): number[] {
    return keys
      .flatMap((k) => {
        const n = this.citeKey(k);
        return n === null ? [] : [n];
      })
      .sort((x, y) => x - y);
  }

  list(): EvidenceEntry[] {
    return this.entries.map(({ item, grade }, i) => {
      const doc = this.docs.get(item.articleId);
      return {
        n: i + 1,
        quote: clip(item.sentenceText),
        articleTitle: doc?.article.title ?? item.articleId,
        source: doc?.article.source ?? "Unattributed",
        published: doc?.article.publishedAt ? formatDate(doc.article.publishedAt) : "date unknown",
        grade: grade ?? `${doc?.grade.reliability ?? "F"}6`,
      };
    });
  }
}
