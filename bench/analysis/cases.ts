import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * The analytic evaluation set (tests/fixtures/analysis): theme × article cases annotated by hand
 * before the code ran on them. Sentences are named by a unique substring of their text.
 */

const Ref = z.object({ article: z.string(), sentence: z.string().min(10) });

export const AnalysisCase = z.object({
  id: z.string(),
  theme: z.string(),
  briefingDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  articles: z.array(z.string()).min(1),
  judgments: z.record(z.string(), z.enum(["due", "none"])),
  mustCount: z.array(Ref.extend({ role: z.enum(["driver", "mitigator"]), factor: z.string().optional() })),
  mayCount: z.array(Ref).default([]),
  mustNotCount: z.array(Ref).default([]),
  conflicts: z.array(z.object({ topic: z.string(), claims: z.array(Ref).min(2) })).default([]),
  unused: z.array(z.string()).default([]),
  notes: z.string().optional(),
});
export type AnalysisCase = z.infer<typeof AnalysisCase>;

export const CaseArticle = z.object({
  title: z.string(),
  source: z.string().optional(),
  publishedAt: z.string().optional(),
  url: z.string().optional(),
  text: z.string(),
});
export type CaseArticle = z.infer<typeof CaseArticle>;

export const ANALYSIS_DIR = path.resolve(import.meta.dirname, "../../tests/fixtures/analysis");
/** Every annotated analytic set, beside ANALYSIS_DIR: the tuning set, then the held-out sets in order. */
export const ANALYSIS_SETS = [
  "analysis",
  "analysis-heldout",
  "analysis-heldout2",
  "analysis-heldout3",
  "analysis-heldout4",
  "analysis-heldout5",
  "analysis-heldout6",
  "analysis-heldout7",
  "analysis-heldout8",
  "analysis-heldout9",
  "analysis-heldout10",
  "analysis-heldout11",
  "analysis-heldout12",
  "analysis-heldout13",
  "analysis-heldout14",
  "analysis-heldout15",
  "analysis-heldout16",
  "analysis-heldout17",
  "analysis-heldout18",
  "analysis-heldout19",
  "analysis-heldout20",
  "analysis-heldout21",
  "analysis-heldout22",
  "analysis-heldout23",
  "analysis-heldout24",
  "analysis-heldout25",
  "analysis-heldout26",
  "analysis-heldout27",
  "analysis-heldout28",
  "analysis-heldout29",
  "analysis-heldout30",
  "analysis-heldout31",
  "analysis-heldout32",
  "analysis-heldout33",
  "analysis-heldout34",
  "analysis-heldout35",
  "analysis-heldout36",
  "analysis-heldout37",
  "analysis-heldout38",
  "analysis-heldout39",
  "analysis-heldout40",
  "analysis-heldout41",
  "analysis-heldout42",
  "analysis-heldout43",
  "analysis-heldout44",
  "analysis-heldout45",
  "analysis-heldout46",
  "analysis-heldout47",
  "analysis-heldout48",
  "analysis-heldout49",
  "analysis-heldout50",
  "analysis-heldout51",
  "analysis-heldout52",
  "analysis-heldout53",
  "analysis-heldout54",
  "analysis-heldout55",
  "analysis-heldout56",
  "analysis-heldout57",
  "analysis-heldout58",
  "analysis-heldout59",
  "analysis-heldout60",
  "analysis-heldout61",
  "analysis-heldout62",
  "analysis-heldout63",
  "analysis-heldout64",
  "analysis-heldout65",
  "analysis-heldout66",
  "analysis-heldout67",
  "analysis-heldout68",
  "analysis-heldout69",
  "analysis-heldout70",
  "analysis-heldout71",
  "analysis-heldout72",
] as const;

export function loadCases(dir = ANALYSIS_DIR): { cases: AnalysisCase[]; articles: Map<string, CaseArticle> } {
  const read = (f: string) => JSON.parse(readFileSync(f, "utf8"));
  const articles = new Map(
    readdirSync(path.join(dir, "articles"))
      .filter((f) => f.endsWith(".json"))
      .map(
        (f) => [f.replace(/\.json$/, ""), CaseArticle.parse(read(path.join(dir, "articles", f)))] as const,
      ),
  );
  const cases = readdirSync(path.join(dir, "cases"))
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => AnalysisCase.parse(read(path.join(dir, "cases", f))));
  return { cases, articles };
}

/** What a run of some version of the code produced for a case, in the annotation's terms. */
export interface CaseResult {
  /** Judgment id → whether a judgment (an estimative term) was given. */
  judgments: Record<string, boolean>;
  /** Cited sentences with the role they were counted under. */
  cited: { article: string; sentence: number; role: "driver" | "mitigator" }[];
  conflicts: { article: string; sentence: number }[][];
  unused: string[];
}

export interface CaseScore {
  id: string;
  theme: string;
  precision: number;
  recall: number;
  cited: number;
  correct: number;
  must: number;
  found: number;
  signErrors: string[];
  falsePositives: string[];
  missed: string[];
  judgmentErrors: string[];
  conflicts: { annotated: number; shown: number; missed?: string[] };
  unused: { annotated: number; listed: number };
}

/** Sentence index of a substring, given each article's sentences. */
export type SentenceIndex = (article: string, substring: string) => number | null;

export function scoreCase(c: AnalysisCase, r: CaseResult, indexOf: SentenceIndex): CaseScore {
  const key = (a: string, s: number) => `${a}#${s}`;
  const keyOf = (ref: { article: string; sentence: string }) => {
    const i = indexOf(ref.article, ref.sentence);
    return i === null ? `${ref.article}#?${ref.sentence.slice(0, 30)}` : key(ref.article, i);
  };
  const must = new Map(c.mustCount.map((m) => [keyOf(m), m] as const));
  const may = new Set(c.mayCount.map(keyOf));
  const rolesCited = new Map<string, Set<string>>();
  for (const x of r.cited) {
    const k = key(x.article, x.sentence);
    rolesCited.set(k, (rolesCited.get(k) ?? new Set()).add(x.role));
  }
  const cited = [...rolesCited.keys()].filter((k) => !may.has(k));
  const correct = cited.filter((k) => must.has(k));
  const signErrors = [...must].flatMap(([k, m]) =>
    [...(rolesCited.get(k) ?? [])].some((role) => role !== m.role)
      ? [`${k} (${m.role}): ${m.sentence.slice(0, 60)}`]
      : [],
  );
  const judgmentErrors = Object.entries(c.judgments).flatMap(([id, due]) =>
    (due === "due") === (r.judgments[id] ?? false)
      ? []
      : [`${id}: annotated ${due}, ${r.judgments[id] ? "judged" : "no judgment"}`],
  );
  const isShown = (conflict: AnalysisCase["conflicts"][number]) => {
    const annotated = new Set(conflict.claims.map(keyOf));
    return r.conflicts.some(
      (claims) =>
        new Set(claims.map((x) => key(x.article, x.sentence)).filter((k) => annotated.has(k))).size >= 2,
    );
  };
  const shown = c.conflicts.filter(isShown).length;
  const conflictsMissed = c.conflicts.filter((x) => !isShown(x)).map((x) => x.topic);
  return {
    id: c.id,
    theme: c.theme,
    precision: cited.length === 0 ? 1 : correct.length / cited.length,
    recall: must.size === 0 ? 1 : [...must.keys()].filter((k) => rolesCited.has(k)).length / must.size,
    cited: cited.length,
    correct: correct.length,
    must: must.size,
    found: [...must.keys()].filter((k) => rolesCited.has(k)).length,
    signErrors,
    falsePositives: cited.filter((k) => !must.has(k)),
    missed: [...must]
      .filter(([k]) => !rolesCited.has(k))
      .map(([k, m]) => `${k} ${m.factor ?? m.role}: ${m.sentence.slice(0, 60)}`),
    judgmentErrors,
    conflicts: { annotated: c.conflicts.length, shown, missed: conflictsMissed },
    unused: { annotated: c.unused.length, listed: c.unused.filter((u) => r.unused.includes(u)).length },
  };
}

export function summarize(scores: CaseScore[]) {
  const sum = (f: (s: CaseScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const cited = sum((s) => s.cited);
  const must = sum((s) => s.must);
  return {
    cases: scores.length,
    precision: cited === 0 ? 1 : sum((s) => s.correct) / cited,
    recall: must === 0 ? 1 : sum((s) => s.found) / must,
    signErrors: sum((s) => s.signErrors.length),
    judgmentErrors: sum((s) => s.judgmentErrors.length),
    conflictsAnnotated: sum((s) => s.conflicts.annotated),
    conflictsShown: sum((s) => s.conflicts.shown),
    unusedAnnotated: sum((s) => s.unused.annotated),
    unusedListed: sum((s) => s.unused.listed),
  };
}
