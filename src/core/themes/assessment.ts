import type { Fact } from "../facts/schema.js";
import type { Reliability } from "../sources/admiralty.js";
import type { ConfidenceLevel } from "./confidence.js";
import type { BriefingOverrides } from "./overrides.js";

/**
 * The assessment: what the core concludes, keyed by ids and numbers. Evidence is identified by
 * `articleId#sentence`; wording, citations and pictures are the renderer's business.
 */

export interface EvidenceRef {
  key: string;
  articleId: string;
  sentence: number;
  factId: string;
  /** The fact, in the article's words. */
  text: string;
  sentenceText: string;
  source: string;
  /** Admiralty grade: reliability of the source and credibility of this information, e.g. "B2". */
  grade: string;
  reliability: Reliability;
  /** Independent sources carrying the same event. */
  corroboration: number;
  modality: Fact["modality"];
  pushes: "for" | "against";
  date: string | null;
  ageDays: number | null;
  /** How much this report weighs: modality × source grade × age, 0–1. */
  weight: number;
  /** Present when an analyst moved the sentence here: the factor the machine had it under (null: none). */
  movedFrom?: string | null;
  /** Present when a conflict box holds the claim: whether its line doubts it, and why it weighs what it does. */
  standing?: ClaimStanding;
}

/** A claim's standing in the conflict boxes that hold it. */
export interface ClaimStanding {
  /** The box's analytic line judges another account better supported: the claim weighs less. */
  doubted: boolean;
  /** Printed beside the claim under its factor. */
  note: string;
}

export interface FactorResult {
  id: string;
  label: string;
  role: "driver" | "mitigator";
  weight: number;
  /** Signed shift in log-odds, with the theme-wide assignment of sentences. */
  effect: number;
  evidence: EvidenceRef[];
  sources: number;
  corroborated: boolean;
  /** The gap line when no report bears on the factor. */
  gap: string | null;
  /** Sentences an analyst excluded from this factor (present only when the briefing has overrides). */
  excluded?: string[];
}

export interface JudgmentFactor {
  id: string;
  role: "driver" | "mitigator";
  effect: number;
  evidence: string[];
}

export interface JudgmentResult {
  id: string;
  statement: string;
  baseRate: number;
  /** Null when the reporting does not support a judgment. */
  probability: number | null;
  likelihood: string | null;
  range: string | null;
  confidence: { level: ConfidenceLevel; reasons: string[] } | null;
  /** Why a judgment was made (its main factors) or why not (what the reporting lacks). */
  reasons: string[];
  factors: JudgmentFactor[];
  sources: number;
  /** Date of the newest relevant report. */
  newest: string | null;
  stale: boolean;
  /** Present when an analyst set the probability: the machine's judgment, kept, and the reason. */
  override?: JudgmentOverride;
  /** Sentences (`articleId#sentence`) that report the judgment's outcome as already happened. */
  outcomeReported?: string[];
}

export interface JudgmentOverride {
  machine: {
    probability: number | null;
    likelihood: string | null;
    range: string | null;
    reasons: string[];
  };
  reason: string;
}

export interface ConflictClaim {
  key: string;
  articleId: string;
  sentence: number;
  text: string;
  source: string;
  /** Who the sentence credits with the claim, when not the outlet ("a UN monitoring team report"). */
  attributedTo?: string;
  grade: string;
  date: string | null;
  stance: "asserts" | "denies" | "figure";
  value?: number;
}

export interface Conflict {
  id: string;
  kind: "denial" | "figures" | "accounts";
  topic: string;
  factor: string | null;
  claims: ConflictClaim[];
  /** Which account is better supported, and why. */
  analysis: string;
  /**
   * Claims of the accounts the analytic line judges less supported (absent when it leaves the
   * point open): the factors they feed weigh them less, and say so.
   */
  doubted?: string[];
}

export interface WatchResult {
  scenario: string | null;
  text: string;
  /** Reports that show it. */
  observed: string[];
  /** Reports that would show it but another source disputes. */
  contested: string[];
}

export interface AssessedSource {
  articleId: string;
  title: string;
  source: string;
  sourceKey: string;
  reliability: Reliability;
  reason: string;
  publishedAt: string | null;
  url: string | null;
  used: boolean;
  /** Present when an analyst regraded the source for this briefing: the machine's grade and reason. */
  override?: { reliability: Reliability; reason: string };
}

export interface Assessment {
  themeId: string;
  briefingDate: string;
  horizonDays: number;
  judgments: JudgmentResult[];
  factors: FactorResult[];
  conflicts: Conflict[];
  unused: { articleId: string; reason: string }[];
  signposts: WatchResult[];
  indicators: WatchResult[];
  sources: AssessedSource[];
  /** Date of the newest report that bears on any factor. */
  newestRelevant: string | null;
  /** The newest relevant reporting is older than the horizon. */
  stale: boolean;
  /** The analyst's overrides this assessment applied, as requested (absent: the machine's alone). */
  overrides?: BriefingOverrides;
}
