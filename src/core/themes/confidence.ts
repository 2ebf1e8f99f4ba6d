import type { Reliability } from "../sources/admiralty.js";

export type ConfidenceLevel = "low" | "moderate" | "high";

export interface ConfidenceInput {
  /** Independent sources of the relevant reports, with their reliability. */
  sources: { key: string; reliability: Reliability }[];
  /** Factors shown by the reports, and how many of them two independent sources carry. */
  evidencedFactors: number;
  corroboratedFactors: number;
  conflicts: number;
  /** Age in days of the newest relevant report on the briefing date, null if undated. */
  newestAgeDays: number | null;
  horizonDays: number;
  /** For a trend judgment, the sources of the reports its comparison of periods rests on. */
  trendSources?: { key: string; reliability: Reliability }[];
}

const LEVELS: ConfidenceLevel[] = ["low", "moderate", "high"];
const months = (days: number) => Math.max(1, Math.round(days / 30.4));

/**
 * "2 independent sources, 1 of known reliability (A–C)": how many sources, and how many of them are
 * graded fairly reliable (C) or better and usually reliable (B) or better, in words that agree in
 * number ("one independent source, usually reliable or better", never "1 of 1").
 */
function sourcesReason(n: number, strong: number, graded: number): string {
  if (n === 1)
    return `one independent source, ${
      strong === 1
        ? "usually reliable or better (A–B)"
        : graded === 1
          ? "fairly reliable (C)"
          : "not of known reliability (A–C)"
    }`;
  const of = (k: number) => (k === n ? "all" : k === 0 ? "none" : `${k}`);
  const known = `${of(graded)} of known reliability (A–C)`;
  if (strong === 0 || graded === 0) return `${n} independent sources, ${known}`;
  if (strong === graded) return `${n} independent sources, ${of(strong)} usually reliable or better (A–B)`;
  return `${n} independent sources, ${known}, ${strong === 1 ? "one of them" : `${strong} of them`} usually reliable or better (A–B)`;
}

/**
 * Confidence from the amount, grade, independence, agreement and age of the evidence, stated with
 * its reasons. It can be high: several reliable, independent, recent sources that agree.
 */
export function confidenceOf(input: ConfidenceInput): { level: ConfidenceLevel; reasons: string[] } {
  const best = new Map<string, Reliability>();
  for (const s of input.sources) {
    const held = best.get(s.key);
    if (!held || s.reliability < held) best.set(s.key, s.reliability);
  }
  const n = best.size;
  const grades = [...best.values()];
  const strong = grades.filter((g) => g === "A" || g === "B").length;
  const fair = grades.filter((g) => g === "C").length;
  const stale = input.newestAgeDays !== null && input.newestAgeDays > input.horizonDays;

  let level = 0;
  if (n >= 3 && strong >= 2 && input.corroboratedFactors >= 1) level = 2;
  else if ((n >= 2 && strong + fair >= 1) || (strong >= 1 && input.evidencedFactors >= 2)) level = 1;
  if (input.conflicts > 0) level = Math.min(level, 1);
  if (stale) level = Math.max(0, level - 1);
  // A change over time that only an ungraded or poorly graded source tells (a group's own tally
  // of its attacks) cannot carry more than low confidence, however well the single events are
  // sourced: the judgment is about the change.
  const trendKeys = new Set((input.trendSources ?? []).map((s) => s.key));
  const trendUngraded =
    trendKeys.size > 0 && !(input.trendSources ?? []).some((s) => ["A", "B", "C"].includes(s.reliability));
  if (trendUngraded) level = 0;

  const reasons = [
    `the relevant reporting comes from ${sourcesReason(n, strong, strong + fair)}`,
    input.corroboratedFactors === 0
      ? "no factor is carried by a second independent source"
      : `${input.corroboratedFactors} of ${input.evidencedFactors} factors shown ${
          input.corroboratedFactors === 1 ? "is" : "are"
        } corroborated by independent sources`,
  ];
  if (input.conflicts > 0)
    reasons.push(
      `the sources conflict on ${input.conflicts === 1 ? "one point" : `${input.conflicts} points`}`,
    );
  if (trendUngraded)
    reasons.push(
      `the comparison of periods comes only from ${trendKeys.size === 1 ? "a source" : `${trendKeys.size} sources`} not of known reliability (A–C)`,
    );
  if (stale && input.newestAgeDays !== null)
    reasons.push(
      `the newest relevant report is ${months(input.newestAgeDays)} months old, older than the ${months(input.horizonDays)}-month horizon`,
    );
  else if (input.newestAgeDays === null) reasons.push("the reporting is undated");
  return { level: LEVELS[level] ?? "low", reasons };
}
