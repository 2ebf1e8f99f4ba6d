import type { ChangeSummary } from "../../../core/briefings/changes.js";
import type { Conflict, EvidenceRef, FactorResult, JudgmentResult } from "../../../core/themes/assessment.js";
import { wordedFigure } from "../../../core/themes/conflicts-claims.js";
import type { SourceDocument } from "../../../core/themes/reports.js";
import type { Theme } from "../../../core/themes/theme.js";
import { effectChart } from "./chart.js";
import type { CitationIndex } from "./citations.js";
import { type Excerpt, excerpt } from "./excerpt.js";
import { capitalize, clip, formatDate } from "./format.js";

/** How judgments, factors, conflicts and changes read in the briefing. */

export interface FactorView {
  label: string;
  evidence: (Excerpt & {
    cite: number;
    hypothetical: boolean;
    against: boolean;
    grade: string;
    /** Why a claim a conflict box holds weighs what it does: less when doubted, in full when contested. */
    standing: string | null;
  })[];
  /** Further reports not listed under the factor. */
  more: number;
  effect: string;
  corroborated: boolean;
}

export interface JudgmentView {
  n: number;
  id: string;
  judged: boolean;
  statement: string;
  term: string;
  range: string;
  percent: string;
  confidence: string;
  confidenceSentence: string;
  reasons: string[];
  citations: number[];
  chart: string | null;
}

const pct = (p: number) => `${Math.round(p * 100)}%`;
export const signed = (x: number) => {
  const r = Number(x.toFixed(2));
  return r === 0 ? "0" : `${r > 0 ? "+" : "−"}${Math.abs(r).toFixed(2)}`;
};

/**
 * The ICD 203 terms read differently in a sentence: "it is likely", but "there is a roughly even
 * chance" and "there is almost no chance".
 */
export function judgedAs(term: string, detail: string): { we: string; it: string } {
  if (!term.endsWith("chance"))
    return { we: `We judge it ${term} (${detail})`, it: `It is ${term} (${detail})` };
  const article = term.startsWith("almost no") ? "" : "a ";
  return {
    we: `We judge that there is ${article}${term} (${detail})`,
    it: `There is ${article}${term} (${detail})`,
  };
}
export const NO_JUDGMENT = "No judgment: the reporting does not address this question";

const SHOWN_PER_FACTOR = 4;
/** New evidence listed under "what changed": enough to show what moved, not every new sentence. */
const MAX_NEW_EVIDENCE = 20;
/** Claims set out under one conflict: real ones have a few; a hostile article's may have thousands. */
const MAX_CONFLICT_CLAIMS = 12;
const MAX_JUDGMENT_CITES = 10;

export function labelOf(theme: Theme): (id: string) => string {
  const labels = new Map([...theme.drivers, ...theme.mitigators].map((f) => [f.id, f.label]));
  return (id) => labels.get(id) ?? id;
}

export function judgmentView(
  j: JudgmentResult,
  n: number,
  theme: Theme,
  byKey: Map<string, EvidenceRef>,
  cite: CitationIndex,
): JudgmentView {
  const label = labelOf(theme);
  if (j.probability === null || j.likelihood === null) {
    return {
      n,
      id: j.id,
      judged: false,
      statement: `${NO_JUDGMENT} — whether ${j.statement.replace(/\.$/, "")}.`,
      term: "no judgment",
      range: "",
      percent: "—",
      confidence: "none",
      confidenceSentence: `No judgment is made because ${j.reasons.join("; ")}.`,
      reasons: j.reasons,
      citations: [],
      chart: null,
    };
  }
  const cites = [...j.factors]
    .sort((x, y) => Math.abs(y.effect) - Math.abs(x.effect))
    .flatMap((f) => f.evidence.slice(0, SHOWN_PER_FACTOR))
    .flatMap((key) => {
      const ref = byKey.get(key);
      return ref ? [cite.cite(ref, ref.grade)] : [];
    });
  const confidence = j.confidence ?? { level: "low", reasons: [] };
  return {
    n,
    id: j.id,
    judged: true,
    statement: `${judgedAs(j.likelihood, `${j.range}; about ${pct(j.probability)}`).we} that ${j.statement}`,
    term: j.likelihood,
    range: j.range ?? "",
    percent: pct(j.probability),
    confidence: confidence.level,
    // Confidence goes in a sentence of its own, never beside the likelihood (ICD 203).
    confidenceSentence: `Confidence in this judgment is ${confidence.level}: ${confidence.reasons.join("; ")}.`,
    reasons: j.reasons,
    citations: [...new Set(cites)].slice(0, MAX_JUDGMENT_CITES).sort((a, b) => a - b),
    chart: effectChart(j.factors.map((f) => ({ label: label(f.id), effect: f.effect }))),
  };
}

/** The fact set apart in its sentence. */
const evidenceText = (ref: EvidenceRef): Excerpt => excerpt(ref.sentenceText, ref.text);

export function factorView(f: FactorResult, cite: CitationIndex): FactorView {
  // Reported facts before possibilities, and stronger reports first.
  const ranked = [...f.evidence].sort(
    (a, b) =>
      Number(a.modality === "hypothetical") - Number(b.modality === "hypothetical") || b.weight - a.weight,
  );
  // "and 1 further report" hides a sentence behind a line as long as the sentence: show it.
  const shown = ranked.length === SHOWN_PER_FACTOR + 1 ? ranked.length : SHOWN_PER_FACTOR;
  return {
    label: f.label,
    evidence: ranked.slice(0, shown).map((ref) => ({
      ...evidenceText(ref),
      cite: cite.cite(ref, ref.grade),
      hypothetical: ref.modality === "hypothetical",
      against: ref.pushes === "against",
      grade: ref.grade,
      standing: ref.standing?.note ?? null,
    })),
    more: Math.max(0, ranked.length - shown),
    effect: signed(f.effect),
    corroborated: f.corroborated,
  };
}

const STANCE = { asserts: "reports", denies: "denies", figure: "gives" } as const;
const CONFLICT_KINDS = {
  denial: "Report and denial",
  figures: "Incompatible figures",
  // Accounts of who was hit, of who held a town, of a trend or of a barrier: the topic says which.
  accounts: "Conflicting accounts",
} as const;

export function conflictView(c: Conflict, docs: ReadonlyMap<string, SourceDocument>, cite: CitationIndex) {
  return {
    topic: c.topic,
    kind: CONFLICT_KINDS[c.kind],
    claims: c.claims.slice(0, MAX_CONFLICT_CLAIMS).map((cl) => ({
      source: cl.source,
      attributedTo: cl.attributedTo ?? null,
      grade: cl.grade,
      date: cl.date ? formatDate(cl.date) : "date unknown",
      stance: STANCE[cl.stance],
      // As the source bounds it: "fewer than 1,000" is no count of 1,000.
      value: cl.value !== undefined ? wordedFigure(cl.text, cl.value) : null,
      text: clip(cl.text),
      title: docs.get(cl.articleId)?.article.title ?? cl.articleId,
      cite: cite.cite({ articleId: cl.articleId, sentence: cl.sentence, sentenceText: cl.text }),
    })),
    analysis: c.analysis,
  };
}

const pctOrNone = (p: number | null) => (p === null ? "no judgment" : pct(p));

/** "What changed" as numbers: previous and current probability, the change, and the factors that moved it. */
export function changesView(
  changes: ChangeSummary | null,
  theme: Theme,
  byKey: Map<string, EvidenceRef>,
  cite: CitationIndex,
) {
  if (!changes) return null;
  const label = labelOf(theme);
  const statement = new Map(theme.judgments.map((j) => [j.id, j.statement]));
  return {
    since: formatDate(changes.since),
    previousId: changes.previousId,
    nothingChanged: changes.nothingChanged,
    rows: changes.judgments.map((j) => ({
      statement: capitalize(statement.get(j.id) ?? j.id),
      from: pctOrNone(j.from),
      to: pctOrNone(j.to),
      change:
        j.change !== null
          ? `${j.change > 0 ? "+" : j.change < 0 ? "−" : "±"}${Math.abs(j.change).toFixed(1)} pts`
          : j.from === j.to
            ? "—"
            : j.from === null
              ? "judgment now made"
              : "judgment withdrawn",
      factors: j.factors
        .slice(0, 3)
        .map((f) => `${label(f.id)} (${signed(f.from)} → ${signed(f.to)})`)
        .join("; "),
    })),
    newEvidence: changes.newEvidence.slice(0, MAX_NEW_EVIDENCE).flatMap((key) => {
      const ref = byKey.get(key);
      return ref ? [{ ...excerpt(ref.sentenceText, ref.text, 28), cite: cite.cite(ref, ref.grade) }] : [];
    }),
    newConflicts: changes.newConflicts.length,
  };
}
