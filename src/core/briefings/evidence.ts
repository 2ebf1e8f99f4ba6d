import type { Article } from "../articles/article.js";
import type { Fact, FactKind, FactsDocument, Quote } from "../facts/schema.js";
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
  /** 1 for current reporting, less for reporting older than the newest source (see RECENCY). */
  recency: number;
  sentence: number;
  sentenceText: string;
  text: string;
  kind: FactKind | "quote";
  /** For quotes: who said it, and whether these are their words or a paraphrase. */
  attribution?: { speaker: string; direct: boolean };
  modality: Fact["modality"];
  tags: string[];
  entities: string[];
  /** Folded names of the people and facilities involved: what makes two reports one fact. */
  anchors: string[];
  /** Folded item text, matched against theme terms. The item's own words, not its sentence's: a
   *  sentence can mention a wall and a coup, and the coup is not evidence about the wall. */
  folded: string;
}

/** A quote that only says something could happen is evidence of a possibility, not of a fact. */
const HEDGED = /\b(could|may|might|would|risk of|possibl[ey]|threatens? to)\b/i;

/**
 * A quote says what the facts inside it say: "no detainees escaped" is a denial because the
 * extractor read the fact as negated. Without a fact inside, hedged words make a possibility.
 */
function quoteModality(q: Quote, facts: readonly Fact[]): Fact["modality"] {
  const inside = facts.find((f) => f.sentence === q.sentence && f.start < q.end && q.start < f.end);
  if (inside && inside.modality !== "asserted") return inside.modality;
  return HEDGED.test(q.text) ? "hypothetical" : "asserted";
}

/** Identifies one sentence of one article: the unit that is cited, and counted once. */
export const sentenceKey = (at: { articleId: string; sentence: number }) => `${at.articleId}#${at.sentence}`;

export function sourceKeyOf(article: Article): string {
  return article.source ? `source:${fold(article.source)}` : `article:${article.id}`;
}

const DAY = 86_400_000;

/**
 * Old reporting says less about the next six months than new reporting: a report counts fully
 * within half a year of the newest source, half within two years, a quarter beyond. Undated
 * reports count fully, their age being unknown.
 */
export function recencyOf(publishedAt: string | null, newest: string | null): number {
  if (!publishedAt || !newest) return 1;
  const days = (Date.parse(newest) - Date.parse(publishedAt)) / DAY;
  return days <= 183 ? 1 : days <= 730 ? 0.5 : 0.25;
}

export function collectEvidence(docs: readonly SourceDocument[]): EvidenceItem[] {
  const items: EvidenceItem[] = [];
  const dates = docs
    .map((d) => d.article.publishedAt)
    .filter((d): d is string => Boolean(d))
    .sort();
  const newest = dates[dates.length - 1] ?? null;
  for (const { article, facts, reliability } of docs) {
    const sourceKey = sourceKeyOf(article);
    const recency = recencyOf(article.publishedAt, newest);
    // Places and organizations ("Syria", "ISIS") recur in every report; people and facilities
    // are specific enough that two reports naming them speak of the same thing.
    const anchorOf = new Map(
      facts.entities
        .filter((e) => e.type === "person" || e.type === "facility")
        .map((e) => [e.id, fold(e.name)]),
    );
    const anchors = (ids: string[]) => ids.flatMap((id) => anchorOf.get(id) ?? []);
    const sentenceText = (i: number) => facts.sentences[i]?.text ?? "";
    for (const f of facts.facts) {
      items.push({
        articleId: article.id,
        sourceKey,
        reliability,
        recency,
        sentence: f.sentence,
        sentenceText: sentenceText(f.sentence),
        text: f.text,
        kind: f.kind,
        modality: f.modality,
        tags: f.tags ?? [],
        entities: f.entities,
        anchors: anchors(f.entities),
        folded: fold(f.text),
      });
    }
    for (const q of facts.quotes) {
      items.push({
        articleId: article.id,
        sourceKey,
        reliability,
        recency,
        sentence: q.sentence,
        sentenceText: sentenceText(q.sentence),
        text: q.text,
        kind: "quote",
        attribution: { speaker: q.speaker.name, direct: q.kind === "direct" },
        modality: quoteModality(q, facts.facts),
        tags: [],
        entities: q.speaker.entityId ? [q.speaker.entityId] : [],
        anchors: anchors(q.speaker.entityId ? [q.speaker.entityId] : []),
        folded: fold(q.text),
      });
    }
  }
  return items;
}

const STOP = new Set([
  "the",
  "and",
  "that",
  "with",
  "from",
  "have",
  "has",
  "had",
  "were",
  "was",
  "said",
  "this",
  "their",
  "they",
  "into",
  "been",
  "will",
  "would",
  "could",
]);
const contentWords = (folded: string) =>
  new Set(folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 3 && !STOP.has(w)));

/** Whether two reports, found for the same factor, tell the same fact. */
function sameFact(a: EvidenceItem, b: EvidenceItem): boolean {
  if (a.anchors.some((x) => b.anchors.includes(x))) return true;
  const wa = contentWords(a.folded);
  const wb = contentWords(b.folded);
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared >= 3 && shared / Math.min(wa.size, wb.size) >= 0.5;
}

/**
 * How many independent sources carry this item's fact, among the reports found for the same
 * factor: the basis of its Admiralty credibility (2 sources: probably true; 3: confirmed).
 */
export function independentSourcesFor(item: EvidenceItem, peers: readonly EvidenceItem[]): number {
  const sources = new Set([item.sourceKey]);
  for (const peer of peers)
    if (peer.sourceKey !== item.sourceKey && sameFact(item, peer)) sources.add(peer.sourceKey);
  return sources.size;
}
