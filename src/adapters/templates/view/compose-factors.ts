import type { FactorAssessment, Judgment } from "../themes/assess.js";
import type { CitationIndex } from "./citations.js";
import { type EvidenceItem, independentSourcesFor } from "./evidence.js";
import { type Excerpt, excerpt } from "./excerpt.js";

/** How a judgment and the factors behind it read in the briefing. */

export interface FactorView {
  label: string;
  evidence: (Excerpt & { lead: string; cite: number; hypothetical: boolean })[];
  /** Further supporting reports not listed under the factor. */
  more: number;
  denials: (Excerpt & { lead: string; cite: number })[];
  corroborated: boolean;
  contested: boolean;
}

export interface JudgmentView {
  n: number;
  id: string;
  probability: number;
  statement: string;
  term: string;
  range: string;
  confidence: string;
  confidenceSentence: string;
  citations: number[];
}

/** Cites a report found for a factor, graded by how many sources carry the same fact. */
export const citeIn = (cite: CitationIndex, item: EvidenceItem, f: FactorAssessment) =>
  cite.cite(item, independentSourcesFor(item, f.support));

export function judgmentView(j: Judgment, n: number, cite: CitationIndex): JudgmentView {
  // The reports shown under the factors, strongest factors first: enough to check the
  // judgment from, without listing every sentence the method table already cites.
  const cites = [...j.factors]
    .sort((x, y) => Math.abs(y.contribution) - Math.abs(x.contribution))
    .flatMap((f) => shownSupport(f).map((item) => citeIn(cite, item, f)));
  const reasons = j.confidence.reasons;
  return {
    n,
    id: j.rule.id,
    probability: Number(j.likelihood.probability.toFixed(3)),
    statement: `We judge it ${j.likelihood.term} (${j.likelihood.range}) that ${j.rule.statement}`,
    term: j.likelihood.term,
    range: j.likelihood.range,
    confidence: j.confidence.level,
    // Confidence goes in a sentence of its own, never beside the likelihood (ICD 203).
    confidenceSentence: `Confidence in this judgment is ${j.confidence.level}: ${reasons.join("; ")}.`,
    citations: [...new Set(cites)].slice(0, MAX_JUDGMENT_CITES).sort((a, b) => a - b),
  };
}

/**
 * Facts in the context of their sentence, with the fact set apart; direct quotes in quotation
 * marks, paraphrases attributed without them.
 */
function evidenceText(item: EvidenceItem): Excerpt & { lead: string } {
  const words = item.text.replace(/[.,;:\s]+$/, "");
  if (!item.attribution) return { lead: "", ...excerpt(item.sentenceText, item.text) };
  const { speaker, direct } = item.attribution;
  return direct
    ? { lead: `${speaker}:`, before: `“${words}”`, emphasis: "", after: "" }
    : { lead: `${speaker} (paraphrased):`, before: words, emphasis: "", after: "" };
}

export const MAX_QUOTES = 8;
const MAX_JUDGMENT_CITES = 10;
export const MAX_TIMELINE = 14;

/** Reports shown under a factor; the rest are cited in the method table and the appendix. */
const SHOWN_PER_FACTOR = 4;

/** Reported facts before possibilities; otherwise in the order the sources give them. */
const rankedSupport = (f: FactorAssessment) =>
  [...f.support].sort(
    (a, b) => Number(a.modality === "hypothetical") - Number(b.modality === "hypothetical"),
  );
const shownSupport = (f: FactorAssessment) => rankedSupport(f).slice(0, SHOWN_PER_FACTOR);

export function factorView(f: FactorAssessment, cite: CitationIndex): FactorView {
  const ranked = rankedSupport(f);
  return {
    label: f.factor.label,
    evidence: ranked.slice(0, SHOWN_PER_FACTOR).map((item) => ({
      ...evidenceText(item),
      cite: citeIn(cite, item, f),
      hypothetical: item.modality === "hypothetical",
    })),
    more: Math.max(0, ranked.length - SHOWN_PER_FACTOR),
    // Reports that it is not so: shown beside the support, never netted against it silently.
    denials: f.against.slice(0, SHOWN_PER_FACTOR).map((item) => ({
      ...evidenceText(item),
      cite: cite.cite(item, independentSourcesFor(item, f.against)),
    })),
    corroborated: f.corroborated,
    contested: f.contested,
  };
}
