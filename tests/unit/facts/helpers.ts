import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { GoldArticle } from "../../../bench/extraction/gold.js";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";
import type { Entity, FactsDocument } from "../../../src/core/facts/schema.js";
import { segment } from "../../../src/core/facts/text/segment.js";
import { tokenize } from "../../../src/core/facts/text/tokenize.js";

export const CORPUS_DIR = path.resolve(import.meta.dirname, "../../fixtures/corpus");
export const REFERENCE = "000_171affacc770eeff";

export function extract(text: string, publishedAt: string | null = null): FactsDocument {
  return extractFacts({ id: "test", title: "test", text, publishedAt });
}

/** The dated events and countermeasures of a facts document. */
export const dated = (doc: FactsDocument) =>
  doc.facts.filter((f) => (f.kind === "event" || f.kind === "countermeasure") && f.date);
/** The dates of the dated facts whose text matches `words`. */
export const datesOf = (doc: FactsDocument, words: RegExp) =>
  dated(doc)
    .filter((f) => words.test(f.text))
    .map((f) => f.date?.value);
/** What the segmenter reads from an article's header (publication date, dateline). */
/** The tags of an article's facts of one kind ("countermeasure", "quantity"), published 9 December 2026. */
export const tagsOf = (text: string, kind: string): string[] =>
  extract(text, "2026-12-09T00:00:00Z")
    .facts.filter((f) => f.kind === kind)
    .flatMap((f) => f.tags ?? []);

export const meta = (text: string) => segment(text, tokenize(text)).metadata;

/** An entity listed or kept aside (a country only as an adjective, "the security forces"), by name. */
export function entityOrAside(doc: FactsDocument, name: string): Entity | undefined {
  return entityNamed({ ...doc, entities: [...doc.entities, ...(doc.asides ?? [])] }, name);
}

export function entityNamed(doc: FactsDocument, name: string): Entity | undefined {
  const wanted = name.toLowerCase();
  return doc.entities.find(
    (e) => e.name.toLowerCase() === wanted || e.aliases.some((a) => a.toLowerCase() === wanted),
  );
}

export interface CorpusArticle {
  name: string;
  text: string;
  gold: GoldArticle;
}

export function loadCorpus(): CorpusArticle[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => {
      const name = f.replace(/\.txt$/, "");
      const text = readFileSync(path.join(CORPUS_DIR, f), "utf8");
      const gold = GoldArticle.parse(
        JSON.parse(readFileSync(path.join(CORPUS_DIR, `${name}.gold.json`), "utf8")),
      );
      return { name, text, gold };
    });
}

/** Every cited span reproduces its text from the article, and sits inside its sentence's text. */
export function spanProblems(doc: FactsDocument, text: string): string[] {
  const problems: string[] = [];
  for (const s of doc.sentences) {
    if (text.slice(s.start, s.end) !== s.text) problems.push(`sentence ${s.index}`);
  }
  for (const e of doc.entities) {
    for (const m of e.mentions) {
      if (text.slice(m.start, m.end) !== m.text) problems.push(`mention ${e.id} ${m.text}`);
      if (!doc.sentences[m.sentence]) problems.push(`mention ${e.id} sentence ${m.sentence}`);
    }
  }
  for (const q of doc.quotes) {
    if (text.slice(q.start, q.end) !== q.text) problems.push(`quote ${q.id}`);
    const s = doc.sentences[q.sentence];
    if (!s || q.start < s.start || q.end > s.end) problems.push(`quote ${q.id} outside its sentence`);
  }
  for (const f of doc.facts) {
    const s = doc.sentences[f.sentence];
    if (!s || f.start < s.start || f.end > s.end) problems.push(`fact ${f.id} outside its sentence`);
    if (!s?.text.includes(f.text) || text.slice(f.start, f.end) !== f.text) problems.push(`fact ${f.id}`);
    if (f.outcome) {
      // A toll may run on over the sentence after its first (see joinOutcomes): two sentences at most.
      const o = doc.sentences[f.outcome.sentence];
      const end = Math.max(o?.end ?? 0, doc.sentences[f.outcome.sentence + 1]?.end ?? 0);
      if (!o || f.outcome.start < o.start || f.outcome.end > end || f.outcome.sentence !== f.sentence + 1)
        problems.push(`fact ${f.id} outcome outside the next sentence`);
      if (text.slice(f.outcome.start, f.outcome.end) !== f.outcome.text)
        problems.push(`fact ${f.id} outcome`);
    }
  }
  return problems;
}
