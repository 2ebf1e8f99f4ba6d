import type { Article } from "../articles/article.js";
import type { Fact, FactKind, FactsDocument } from "../facts/schema.js";
import type { Reliability } from "../sources/admiralty.js";
import { fold } from "../text/fold.js";

/** One article with what was derived from it, and how far its source can be trusted. */
export interface SourceDocument {
  article: Article;
  facts: FactsDocument;
  reliability: Reliability;
}

/** A fact or a quote, in one sentence of one article: the unit that judgments cite. */
export interface EvidenceItem {
  articleId: string;
  /** Articles from the same outlet are not independent of each other. */
  sourceKey: string;
  reliability: Reliability;
  sentence: number;
  sentenceText: string;
  text: string;
  kind: FactKind | "quote";
  /** For quotes: who said it, and whether these are their words or a paraphrase. */
  attribution?: { speaker: string; direct: boolean };
  modality: Fact["modality"];
  tags: string[];
  entities: string[];
  /** Folded item text, matched against theme terms. The item's own words, not its sentence's: a
   *  sentence can mention a wall and a coup, and the coup is not evidence about the wall. */
  folded: string;
}

/** A quote that only says something could happen is evidence of a possibility, not of a fact. */
const HEDGED = /\b(could|may|might|would|risk of|possibl[ey]|threatens? to)\b/i;

export function sourceKeyOf(article: Article): string {
  return article.source ? `source:${fold(article.source)}` : `article:${article.id}`;
}

export function collectEvidence(docs: readonly SourceDocument[]): EvidenceItem[] {
  const items: EvidenceItem[] = [];
  for (const { article, facts, reliability } of docs) {
    const sourceKey = sourceKeyOf(article);
    const sentenceText = (i: number) => facts.sentences[i]?.text ?? "";
    for (const f of facts.facts) {
      items.push({
        articleId: article.id,
        sourceKey,
        reliability,
        sentence: f.sentence,
        sentenceText: sentenceText(f.sentence),
        text: f.text,
        kind: f.kind,
        modality: f.modality,
        tags: f.tags ?? [],
        entities: f.entities,
        folded: fold(f.text),
      });
    }
    for (const q of facts.quotes) {
      items.push({
        articleId: article.id,
        sourceKey,
        reliability,
        sentence: q.sentence,
        sentenceText: sentenceText(q.sentence),
        text: q.text,
        kind: "quote",
        attribution: { speaker: q.speaker.name, direct: q.kind === "direct" },
        modality: HEDGED.test(q.text) ? "hypothetical" : "asserted",
        tags: [],
        entities: q.speaker.entityId ? [q.speaker.entityId] : [],
        folded: fold(q.text),
      });
    }
  }
  return items;
}
