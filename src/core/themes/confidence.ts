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
}

const LEVELS: ConfidenceLevel[] = ["low", "moderate", "high"];
const months = (days: number) => Math.max(1, Math.round(days / 30.4));

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

  const graded = strong + fair;
  const reasons = [
    `the relevant reporting comes from ${n === 1 ? "one independent source" : `${n} independent sources`}, ${
      graded === 0 ? "none" : graded === n ? (n === 1 ? "and it is" : "all") : `${graded}`
    } of known reliability (A–C)${strong > 0 ? `, ${strong} usually reliable or better` : ""}`,
    input.corroboratedFactors === 0
      ? "no factor is carried by a second independent source"
      : `${input.corroboratedFactors} of ${input.evidencedFactors} factors shown are corroborated by independent sources`,
  ];
  if (input.conflicts > 0)
    reasons.push(
      `the sources conflict on ${input.conflicts === 1 ? "one point" : `${input.conflicts} points`}`,
    );
  if (stale && input.newestAgeDays !== null)
    reasons.push(
      `the newest relevant report is ${months(input.newestAgeDays)} months old, older than the ${months(input.horizonDays)}-month horizon`,
    );
  else if (input.newestAgeDays === null) reasons.push("the reporting is undated");
  return { level: LEVELS[level] ?? "low", reasons };
}
