import { newArticle } from "../../src/core/articles/article.js";
import type { Entity, Fact, FactsDocument, Quote } from "../../src/core/facts/schema.js";

/**
 * Builds a facts document by naming spans of text instead of counting characters, for tests
 * of everything downstream of the extractor.
 */
export interface FactSpec {
  kind: Fact["kind"];
  /** A substring of the text; its first occurrence is the span. */
  span: string;
  tags?: string[];
  modality?: Fact["modality"];
  date?: string;
  entities?: string[];
}

export interface DocSpec {
  title: string;
  text: string;
  publishedAt?: string;
  source?: string;
  entities?: {
    name: string;
    type: Entity["type"];
    role?: string;
    coordinates?: [number, number];
    /** The lexicon entry the entity was matched to ("org/sdf"): what theme patterns select on. */
    lexiconId?: string;
    affiliation?: string;
  }[];
  facts?: FactSpec[];
  quotes?: { speaker: string; span: string; kind?: Quote["kind"]; modality?: Quote["modality"] }[];
}

function sentencesOf(text: string) {
  const out: FactsDocument["sentences"] = [];
  const re = /[^.!?]+[.!?]+["”]?\s*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const trimmed = raw.trimEnd();
    out.push({ index: out.length, start, end: start + trimmed.length, text: trimmed });
  }
  return out;
}

export function buildFacts(spec: DocSpec) {
  const article = newArticle(
    { title: spec.title, text: spec.text, publishedAt: spec.publishedAt, source: spec.source },
    new Date("2025-01-15T08:00:00Z"),
  );
  const text = article.text;
  const sentences = sentencesOf(text);
  const locate = (span: string) => {
    const start = text.indexOf(span);
    if (start < 0) throw new Error(`'${span}' is not in the text`);
    const sentence = sentences.findIndex((s) => s.start <= start && start < s.end);
    return { sentence, start, end: start + span.length };
  };
  const entities: Entity[] = (spec.entities ?? []).map((e, i) => ({
    id: `e${i + 1}`,
    type: e.type,
    name: e.name,
    aliases: [],
    ...(e.role ? { role: e.role } : {}),
    ...(e.coordinates ? { coordinates: e.coordinates } : {}),
    ...(e.lexiconId ? { lexiconId: e.lexiconId } : {}),
    ...(e.affiliation ? { affiliation: e.affiliation } : {}),
    mentions: text.includes(e.name) ? [{ ...locate(e.name), text: e.name }] : [],
  }));
  const idOf = (name: string) => entities.find((e) => e.name === name)?.id ?? null;
  const facts: Fact[] = (spec.facts ?? []).map((f, i) => ({
    id: `f${i + 1}`,
    kind: f.kind,
    text: f.span,
    ...locate(f.span),
    entities: (f.entities ?? []).map((n) => idOf(n)).filter((x): x is string => x !== null),
    modality: f.modality ?? "asserted",
    tags: f.tags ?? [],
    ...(f.date ? { date: { value: f.date } } : {}),
  }));
  const quotes: Quote[] = (spec.quotes ?? []).map((q, i) => ({
    id: `q${i + 1}`,
    speaker: { entityId: idOf(q.speaker), name: q.speaker },
    text: q.span,
    kind: q.kind ?? "direct",
    modality: q.modality ?? "asserted",
    ...locate(q.span),
  }));
  const facts_: FactsDocument = {
    schemaVersion: 1,
    extractor: { name: "test-builder", version: "0.0.0" },
    origin: "machine",
    article: { id: article.id, title: article.title, publishedAt: article.publishedAt },
    sentences,
    entities,
    quotes,
    facts,
  };
  return { article, facts: facts_ };
}
