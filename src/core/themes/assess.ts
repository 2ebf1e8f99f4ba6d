import { type EvidenceItem, sentenceKey } from "../briefings/evidence.js";
import { plural } from "../briefings/format.js";
import { RELIABILITY_WEIGHT, type Reliability } from "../sources/admiralty.js";
import { containsTerm } from "../text/fold.js";
import { type Likelihood, likelihoodOf, logistic, logit } from "./estimative-scale.js";
import type { Factor, JudgmentRule, Theme } from "./theme.js";

/** How a factor fared against the sources. */
export interface FactorAssessment {
  factor: Factor;
  role: "driver" | "mitigator";
  /** Items that support the factor, one per cited sentence. */
  support: EvidenceItem[];
  /** Items that report the factor as not so ("no detainees escaped"). */
  against: EvidenceItem[];
  independentSources: number;
  corroborated: boolean;
  /** Support and denial from different sources. */
  contested: boolean;
  /** Signed shift in log-odds this factor applied. */
  contribution: number;
}

export type ConfidenceLevel = "low" | "moderate" | "high";

export interface Judgment {
  rule: JudgmentRule;
  likelihood: Likelihood;
  factors: FactorAssessment[];
  confidence: { level: ConfidenceLevel; reasons: string[] };
  sources: number;
  /** Factors the judgment weighs on which no source says anything. */
  gaps: FactorAssessment[];
}

export interface Assessment {
  theme: Theme;
  factors: FactorAssessment[];
  judgments: Judgment[];
}

const MODALITY_STRENGTH = { asserted: 1, hypothetical: 0.5, negated: 0 } as const;
const CORROBORATION_BONUS = 1.25;

export function matchesFactor(item: EvidenceItem, factor: Factor): boolean {
  const m = factor.match;
  if (item.kind === "quote" ? !m.includeQuotes : m.kinds && !m.kinds.includes(item.kind)) return false;
  return m.tags.some((t) => item.tags.includes(t)) || m.terms.some((t) => containsTerm(item.folded, t));
}

/** Keeps the strongest item of each sentence, so a sentence is cited once per factor. */
function onePerSentence(items: EvidenceItem[]): EvidenceItem[] {
  const best = new Map<string, EvidenceItem>();
  for (const item of items) {
    const key = sentenceKey(item);
    const held = best.get(key);
    if (!held || MODALITY_STRENGTH[item.modality] > MODALITY_STRENGTH[held.modality]) best.set(key, item);
  }
  return [...best.values()];
}

interface Matched {
  factor: Factor;
  role: FactorAssessment["role"];
  support: EvidenceItem[];
  against: EvidenceItem[];
}

function match(factor: Factor, role: FactorAssessment["role"], evidence: EvidenceItem[]): Matched {
  const matched = evidence.filter((item) => matchesFactor(item, factor));
  return {
    factor,
    role,
    support: onePerSentence(matched.filter((i) => i.modality !== "negated")),
    against: onePerSentence(matched.filter((i) => i.modality === "negated")),
  };
}

/**
 * A factor's strength is its best report: modality (asserted beats "could") times source
 * reliability times recency, divided among the factors that the same sentence supports, so that one
 * sentence bearing on three factors is not counted three times.
 */
function weigh(m: Matched, factorsPerSentence: Map<string, number>): FactorAssessment {
  const supportSources = new Set(m.support.map((i) => i.sourceKey));
  const againstSources = new Set(m.against.map((i) => i.sourceKey));
  const strength = Math.max(
    0,
    ...m.support.map(
      (i) =>
        (MODALITY_STRENGTH[i.modality] * RELIABILITY_WEIGHT[i.reliability] * i.recency) /
        (factorsPerSentence.get(sentenceKey(i)) ?? 1),
    ),
  );
  const corroborated = supportSources.size >= 2;
  const sign = m.role === "driver" ? 1 : -1;
  return {
    ...m,
    independentSources: supportSources.size,
    corroborated,
    contested: supportSources.size > 0 && [...againstSources].some((s) => !supportSources.has(s)),
    contribution: sign * m.factor.weight * strength * (corroborated ? CORROBORATION_BONUS : 1),
  };
}

const GRADED: ReadonlySet<Reliability> = new Set(["A", "B", "C"]);

/**
 * Confidence from the number of independent sources, how many of them can be graded reliable,
 * corroboration, contradictions, silences and the age of the reporting.
 */
function confidenceOf(factors: FactorAssessment[], gaps: FactorAssessment[]) {
  const items = factors.flatMap((f) => [...f.support, ...f.against]);
  const sources = new Set(items.map((i) => i.sourceKey)).size;
  const graded = new Set(items.filter((i) => GRADED.has(i.reliability)).map((i) => i.sourceKey)).size;
  const dated = new Set(items.filter((i) => i.recency < 1).map((i) => i.sourceKey)).size;
  const evidenced = factors.filter((f) => f.support.length > 0);
  const corroborated = evidenced.filter((f) => f.corroborated).length;
  const contested = factors.filter((f) => f.contested).length;
  const reasons = [
    sources === 0
      ? "no source reports on any factor it weighs, so it rests on the baseline alone"
      : `it rests on ${plural(sources, "independent source")}, ${graded === 0 ? "none" : `${graded}`} of them of known reliability (A–C)`,
    corroborated === 0
      ? "no factor is corroborated by a second independent source"
      : `${corroborated} of ${evidenced.length} reported factors are corroborated`,
  ];
  if (gaps.length)
    reasons.push(`the sources are silent on ${gaps.length} of the ${factors.length} factors weighed`);
  if (contested) reasons.push(`sources contradict each other on ${plural(contested, "factor")}`);
  if (dated)
    reasons.push(
      `${plural(dated, "source")} predate${dated === 1 ? "s" : ""} the newest by more than six months`,
    );
  let level: ConfidenceLevel = "low";
  const mostlyCorroborated = corroborated * 2 >= evidenced.length;
  if (sources >= 3 && graded >= 2 && mostlyCorroborated && gaps.length <= 1 && !contested) level = "high";
  else if (sources >= 2 && graded >= 1 && corroborated > 0 && gaps.length * 2 < factors.length)
    level = "moderate";
  return { level, reasons, sources };
}

export function assess(theme: Theme, evidence: EvidenceItem[]): Assessment {
  const matched = [
    ...theme.drivers.map((f) => match(f, "driver", evidence)),
    ...theme.mitigators.map((f) => match(f, "mitigator", evidence)),
  ];
  const factorsPerSentence = new Map<string, number>();
  for (const m of matched) {
    for (const item of m.support) {
      factorsPerSentence.set(sentenceKey(item), (factorsPerSentence.get(sentenceKey(item)) ?? 0) + 1);
    }
  }
  const factors = matched.map((m) => weigh(m, factorsPerSentence));
  const byId = new Map(factors.map((f) => [`${f.role}:${f.factor.id}`, f]));
  const judgments = theme.judgments.map((rule): Judgment => {
    const weighed = [
      ...rule.drivers.map((id) => byId.get(`driver:${id}`)),
      ...rule.mitigators.map((id) => byId.get(`mitigator:${id}`)),
    ].filter((f): f is FactorAssessment => f !== undefined);
    const logOdds = weighed.reduce((sum, f) => sum + f.contribution, logit(rule.baseline));
    const gaps = weighed.filter((f) => f.support.length === 0 && f.against.length === 0);
    const { sources, ...confidence } = confidenceOf(weighed, gaps);
    return { rule, likelihood: likelihoodOf(logistic(logOdds)), factors: weighed, confidence, sources, gaps };
  });
  return { theme, factors, judgments };
}
