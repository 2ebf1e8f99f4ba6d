import { readFileSync } from "node:fs";
import path from "node:path";
import { newArticle } from "../../src/core/articles/article.js";
import { extractFacts } from "../../src/core/facts/extract-facts.js";
import { gradeSource } from "../../src/core/sources/outlets.js";
import { assess } from "../../src/core/themes/assess.js";
import type { Assessment, ConflictClaim } from "../../src/core/themes/assessment.js";
import { findConflicts } from "../../src/core/themes/conflicts.js";
import { claimsOf } from "../../src/core/themes/conflicts-claims.js";
import { fitsAnyFactor } from "../../src/core/themes/relevance.js";
import { collectReports, type Report, type SourceDocument } from "../../src/core/themes/reports.js";
import { Theme } from "../../src/core/themes/theme.js";

export function themeFixture(id = "isis-prison-escape"): Theme {
  const file = path.resolve(import.meta.dirname, "../../templates/themes", id, "theme.json");
  return Theme.parse(JSON.parse(readFileSync(file, "utf8")));
}

/**
 * An article as the assessment sees it, from a short text: posted the day after it was
 * published, its facts extracted for real, its outlet graded by the registry.
 */
export function sourceDocument(
  title: string,
  text: string,
  outlet: string,
  publishedAt: string,
): SourceDocument {
  const posted = new Date(Date.parse(`${publishedAt}T00:00:00Z`) + 86_400_000);
  const article = newArticle({ title, text, publishedAt, source: outlet }, posted);
  return {
    article,
    facts: extractFacts({ id: article.id, title, text, publishedAt, source: outlet }),
    grade: gradeSource(outlet, new Map()),
  };
}

/** Whether some sentence of the article fits some factor of the theme at `at`: the words are there. */
export const fitsSomeFactor = (theme: Theme, d: SourceDocument, at: Date) =>
  collectReports([d]).some((r) => fitsAnyFactor(theme, r, at));

/** `sourceDocument` of an article written as paragraphs, one sentence each. */
export const paragraphsDocument = (
  title: string,
  paragraphs: string[],
  outlet = "Rudaw",
  publishedAt = "2026-11-15",
) => sourceDocument(title, paragraphs.join("\n\n"), outlet, publishedAt);

/** The factors an assessment cites one sentence under, as "role:factor" ("mitigator:sdf-control"). */
export const citedRoles = (a: Assessment, articleId: string, sentence: number) =>
  a.factors
    .filter((f) => f.evidence.some((e) => e.articleId === articleId && e.sentence === sentence))
    .map((f) => `${f.role}:${f.id}`);

/**
 * One story of one-sentence paragraphs assessed against a shipped theme at `at`: the assessment
 * and, for a sentence's index, the "role:factor" pairs it is cited under.
 */
export function assessStory(
  theme: string,
  sentences: string[],
  at: Date,
  outlet = "Reuters",
  publishedAt = "2026-12-12",
) {
  const doc = sourceDocument("Story", sentences.join("\n\n"), outlet, publishedAt);
  const a = assess(themeFixture(theme), [doc], at);
  return { a, doc, roles: (sentence: number) => citedRoles(a, doc.article.id, sentence) };
}

/**
 * For a story of the `lead` sentences and one more, assessed against a shipped theme at `at`: the
 * "role:factor" pairs that last sentence is cited under, found by its words (a lead sentence may
 * split in two).
 */
export const lastSentenceRoles =
  (theme: string, lead: string[], at: Date, publishedAt: string, outlet = "Reuters") =>
  (last: string) => {
    const { doc, roles } = assessStory(theme, [...lead, last], at, outlet, publishedAt);
    const found = doc.facts.sentences.find((s) => s.text.startsWith(last.slice(0, 40)));
    if (!found) throw new Error("sentence not found");
    return roles(found.index);
  };

/** The factor each sentence of one text is cited under, by its index, when `theme` is assessed over that text alone at `at`. */
export function factorsBySentence(
  theme: Theme,
  at: Date,
  document: { title: string; text: string; outlet: string; publishedAt: string },
) {
  const doc = sourceDocument(document.title, document.text, document.outlet, document.publishedAt);
  return new Map(
    assess(theme, [doc], at).factors.flatMap((f) => f.evidence.map((e) => [e.sentence, f.id] as const)),
  );
}

/** A grader that gives every claim the ungraded "F6" and its report's own date. */
export const ungraded = {
  claim: (r: Report, stance: ConflictClaim["stance"]): ConflictClaim => ({
    key: r.key,
    articleId: r.articleId,
    sentence: r.sentence,
    text: r.sentenceText,
    source: r.source,
    grade: "F6",
    date: r.publishedAt,
    stance,
  }),
};

/**
 * The conflicts the finders draw from the documents' reports alone, every sentence counted as
 * used: what the conflict step reads, whatever factors a theme's evidence would cite.
 */
export const conflictsOf = (docs: SourceDocument[], at: Date) => {
  const reports = collectReports(docs);
  return findConflicts([], reports, new Set(reports.map((r) => r.key)), at, ungraded);
};

/** The claims (kind and figure) the conflict step reads in one story of the given paragraphs. */
export const storyClaims = (paragraphs: string[], outlet: string, date: string) =>
  claimsOf(collectReports([paragraphsDocument("Story", paragraphs, outlet, date)])).map((f) => [
    f.kind,
    f.value,
  ]);

/** The figures of each figure box of an assessment, smallest first. */
export const figureBoxes = (a: Assessment) =>
  a.conflicts
    .filter((c) => c.kind === "figures")
    .map((c) => c.claims.map((x) => x.value ?? 0).sort((x, y) => x - y));
