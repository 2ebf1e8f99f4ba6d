import { readFileSync } from "node:fs";
import path from "node:path";
import type { Article } from "../../src/core/articles/article.js";
import { extractFacts } from "../../src/core/facts/extract-facts.js";
import type { FactsDocument } from "../../src/core/facts/schema.js";
import { gradeSource } from "../../src/core/sources/outlets.js";
import { assess } from "../../src/core/themes/assess.js";
import type { Assessment } from "../../src/core/themes/assessment.js";
import type { SourceDocument } from "../../src/core/themes/reports.js";
import { Theme } from "../../src/core/themes/theme.js";
import type { AnalysisCase, CaseArticle, CaseResult, SentenceIndex } from "./cases.js";

const THEMES = path.resolve(import.meta.dirname, "../../templates/themes");
const themes = new Map<string, Theme>();
export function loadTheme(id: string): Theme {
  const known = themes.get(id);
  if (known) return known;
  const theme = Theme.parse(JSON.parse(readFileSync(path.join(THEMES, id, "theme.json"), "utf8")));
  themes.set(id, theme);
  return theme;
}

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/** Finds the sentence of an article that holds an annotated substring. */
export function sentenceIndexer(facts: ReadonlyMap<string, FactsDocument>): SentenceIndex {
  return (article, substring) => {
    const doc = facts.get(article);
    if (!doc) return null;
    const want = squash(substring);
    const exact = doc.sentences.find((s) => squash(s.text).includes(want));
    if (exact) return exact.index;
    // The annotation may run over a boundary the segmenter drew: its start decides.
    const head = want.slice(0, 25);
    return doc.sentences.find((s) => squash(s.text).includes(head))?.index ?? null;
  };
}

export function sourceDocument(slug: string, a: CaseArticle): SourceDocument {
  const article: Article = {
    id: slug,
    title: a.title,
    text: a.text,
    publishedAt: a.publishedAt ?? null,
    source: a.source ?? null,
    url: a.url ?? null,
    tags: [],
    createdAt: "2026-01-01T00:00:00.000Z",
    characters: a.text.length,
  };
  const facts = extractFacts({
    id: slug,
    title: a.title,
    text: a.text,
    ...(a.publishedAt ? { publishedAt: a.publishedAt } : {}),
    ...(a.source ? { source: a.source } : {}),
  });
  return { article, facts, grade: gradeSource(article.source, new Map()) };
}

/** What the briefing cites, in the annotation's terms: factor sections and each judgment's evidence. */
export function caseResult(a: Assessment): CaseResult {
  const cited: CaseResult["cited"] = [];
  const split = (key: string) => {
    const at = key.lastIndexOf("#");
    return { article: key.slice(0, at), sentence: Number(key.slice(at + 1)) };
  };
  for (const f of a.factors) for (const e of f.evidence) cited.push({ ...split(e.key), role: f.role });
  // A judgment not made cites nothing: the briefing prints no evidence for it.
  for (const j of a.judgments.filter((x) => x.probability !== null))
    for (const f of j.factors) for (const k of f.evidence) cited.push({ ...split(k), role: f.role });
  return {
    judgments: Object.fromEntries(a.judgments.map((j) => [j.id, j.probability !== null])),
    cited,
    conflicts: a.conflicts.map((c) =>
      c.claims.map((cl) => ({ article: cl.articleId, sentence: cl.sentence })),
    ),
    unused: a.unused.map((u) => u.articleId),
  };
}

export function runCase(c: AnalysisCase, articles: ReadonlyMap<string, CaseArticle>) {
  const docs = c.articles.map((slug) => {
    const a = articles.get(slug);
    if (!a) throw new Error(`case ${c.id}: no article '${slug}'`);
    return sourceDocument(slug, a);
  });
  const assessment = assess(loadTheme(c.theme), docs, new Date(`${c.briefingDate}T12:00:00Z`));
  return {
    assessment,
    result: caseResult(assessment),
    indexOf: sentenceIndexer(new Map(docs.map((d) => [d.article.id, d.facts]))),
  };
}
