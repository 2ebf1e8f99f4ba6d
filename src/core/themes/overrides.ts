import { z } from "zod";
import { type FieldIssue, ValidationError } from "../errors.js";
import { RELIABILITY, type Reliability } from "../sources/admiralty.js";
import { collectReports, parseReportKey, type SourceDocument } from "./reports.js";
import type { Theme } from "./theme.js";

/**
 * An analyst's steering of one briefing: a thin layer over the machine's assessment. Sentences
 * are excluded from or moved between factors before the factors are scored, a source's grade is
 * replaced before its reports are weighed, and a judgment's probability is replaced after the
 * machine has made it, with the machine's value kept beside the analyst's.
 */

const EvidenceKey = z
  .string()
  .regex(/^[0-9a-f]{16}#\d{1,6}$/, "must be a cited sentence: articleId#sentence, e.g. 3f9a0c1d2b4e5f60#7");
const FactorRef = z.string().min(1).max(80);
const Reason = z
  .string()
  .trim()
  .min(1, "a reason is required: say why the analyst departs from the machine")
  .max(1000);

export const MAX_OVERRIDES = 200;

export const BriefingOverrides = z
  .object({
    /** A sentence that does not count under a factor (it may still count under another it fits). */
    exclude: z
      .array(z.object({ sentence: EvidenceKey, factor: FactorRef }).strict())
      .max(MAX_OVERRIDES)
      .default([]),
    /** A sentence that counts under `to` only, whatever factor the machine put it under. */
    move: z
      .array(z.object({ sentence: EvidenceKey, to: FactorRef }).strict())
      .max(MAX_OVERRIDES)
      .default([]),
    /** A source's reliability for this briefing only. */
    grades: z
      .array(
        z
          .object({
            articleId: z.string().regex(/^[0-9a-f]{16}$/, "must be an article id"),
            reliability: z.enum(Object.keys(RELIABILITY) as [Reliability, ...Reliability[]]),
            reason: Reason.optional(),
          })
          .strict(),
      )
      .max(MAX_OVERRIDES)
      .default([]),
    /** A judgment's probability set by the analyst, with the reason. */
    judgments: z
      .array(
        z
          .object({
            id: FactorRef,
            probability: z.number().min(0.01).max(0.99),
            reason: Reason,
          })
          .strict(),
      )
      .max(MAX_OVERRIDES)
      .default([]),
  })
  .strict();
export type BriefingOverrides = z.infer<typeof BriefingOverrides>;
export type BriefingOverridesInput = z.input<typeof BriefingOverrides>;

export const hasOverrides = (o: BriefingOverrides | null | undefined): o is BriefingOverrides =>
  Boolean(o && (o.exclude.length || o.move.length || o.grades.length || o.judgments.length));

/**
 * Checks the overrides against the theme and the briefing's sources: every factor, judgment,
 * article and sentence named must exist, and nothing may be said twice. Throws a ValidationError
 * naming each field at fault.
 */
export function checkOverrides(theme: Theme, sources: readonly SourceDocument[], o: BriefingOverrides): void {
  const issues: FieldIssue[] = [];
  const factors = new Set([...theme.drivers, ...theme.mitigators].map((f) => f.id));
  const judgments = new Set(theme.judgments.map((j) => j.id));
  const sentences = new Map(sources.map((s) => [s.article.id, s.facts.sentences.length]));
  const sentence = (key: string, path: string) => {
    const { articleId, sentence } = parseReportKey(key);
    const count = sentences.get(articleId);
    if (count === undefined)
      issues.push({ path, message: `article ${articleId} is not a source of this briefing` });
    else if (!(sentence < count))
      issues.push({ path, message: `article ${articleId} has ${count} sentences (0 to ${count - 1})` });
  };
  const factor = (id: string, path: string) => {
    if (!factors.has(id)) issues.push({ path, message: `theme ${theme.id} has no factor '${id}'` });
  };
  const once = (keys: string[], path: (i: number) => string, what: string) => {
    const seen = new Set<string>();
    keys.forEach((k, i) => {
      if (seen.has(k)) issues.push({ path: path(i), message: `${what} is given twice` });
      seen.add(k);
    });
  };
  o.exclude.forEach((x, i) => {
    sentence(x.sentence, `overrides.exclude.${i}.sentence`);
    factor(x.factor, `overrides.exclude.${i}.factor`);
  });
  once(
    o.exclude.map((x) => `${x.sentence}|${x.factor}`),
    (i) => `overrides.exclude.${i}`,
    "this exclusion",
  );
  // A sentence counts through the facts read in it: one with none has nothing to move.
  const reported = o.move.length > 0 ? new Set(collectReports(sources).map((r) => r.key)) : new Set();
  o.move.forEach((x, i) => {
    const before = issues.length;
    sentence(x.sentence, `overrides.move.${i}.sentence`);
    if (issues.length === before && !reported.has(x.sentence))
      issues.push({
        path: `overrides.move.${i}.sentence`,
        message: `no fact was read in sentence ${x.sentence}`,
      });
    factor(x.to, `overrides.move.${i}.to`);
  });
  once(
    o.move.map((x) => x.sentence),
    (i) => `overrides.move.${i}.sentence`,
    "a move of this sentence",
  );
  o.grades.forEach((g, i) => {
    if (!sentences.has(g.articleId))
      issues.push({
        path: `overrides.grades.${i}.articleId`,
        message: `article ${g.articleId} is not a source of this briefing`,
      });
  });
  once(
    o.grades.map((g) => g.articleId),
    (i) => `overrides.grades.${i}.articleId`,
    "a grade for this article",
  );
  o.judgments.forEach((j, i) => {
    if (!judgments.has(j.id))
      issues.push({
        path: `overrides.judgments.${i}.id`,
        message: `theme ${theme.id} has no judgment '${j.id}'`,
      });
  });
  once(
    o.judgments.map((j) => j.id),
    (i) => `overrides.judgments.${i}.id`,
    "an override of this judgment",
  );
  if (issues.length > 0)
    throw new ValidationError(
      `The overrides do not fit this briefing: ${issues.map((x) => `${x.path}: ${x.message}`).join("; ")}.`,
      issues,
    );
}

/** The sources with the analyst's grades in place of the machine's; the machine's grade is kept. */
export function regrade(
  sources: readonly SourceDocument[],
  o: BriefingOverrides | undefined,
): { sources: SourceDocument[]; machine: Map<string, { reliability: Reliability; reason: string }> } {
  const machine = new Map<string, { reliability: Reliability; reason: string }>();
  const byArticle = new Map((o?.grades ?? []).map((g) => [g.articleId, g]));
  const out = sources.map((s) => {
    const g = byArticle.get(s.article.id);
    if (!g) return s;
    machine.set(s.article.id, { reliability: s.grade.reliability, reason: s.grade.reason });
    const reason = g.reason
      ? `graded ${g.reliability} by an analyst for this briefing: ${g.reason}`
      : `graded ${g.reliability} by an analyst for this briefing`;
    return { ...s, grade: { ...s.grade, reliability: g.reliability, reason } };
  });
  return { sources: out, machine };
}
