import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  ANALYSIS_DIR,
  type CaseScore,
  loadCases,
  scoreCase,
  summarize,
} from "../../../bench/analysis/cases.js";
import { runCase } from "../../../bench/analysis/run-cases.js";

/**
 * The assessment against the annotated analytic set (tests/fixtures/analysis): cited sentences
 * must bear on their factor with the right sign, off-topic reporting gets no judgment, and
 * conflicts are shown. Floors sit at what the code reaches now, so a regression fails.
 */

const { cases, articles } = loadCases();
const scores: CaseScore[] = cases.map((c) => {
  const { result, indexOf } = runCase(c, articles);
  return scoreCase(c, result, indexOf);
});
const overall = summarize(scores);

describe("analytic evaluation set", () => {
  it("has at least twelve annotated theme × article cases over every theme", () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
    expect(new Set(cases.map((c) => c.theme)).size).toBe(5);
  });

  it("annotates every sentence it names: each is found in its article", () => {
    const lost = scores.flatMap((s) => s.missed.filter((m) => m.includes("#?")));
    expect(lost).toEqual([]);
  });

  it("cites only sentences that bear on the theme (precision ≥ 0.9)", () => {
    expect(overall.precision).toBeGreaterThanOrEqual(0.9);
  });

  it("finds what bears on it (recall ≥ 0.85)", () => {
    expect(overall.recall).toBeGreaterThanOrEqual(0.85);
  });

  it("gives no judgment and lists the article as not used whenever the reporting is off-topic", () => {
    const offTopic = cases.filter((c) => Object.values(c.judgments).every((j) => j === "none"));
    expect(offTopic.length).toBeGreaterThanOrEqual(3);
    for (const c of offTopic) {
      const s = scores.find((x) => x.id === c.id);
      expect(s?.judgmentErrors, c.id).toEqual([]);
      expect(s?.unused.listed, c.id).toBe(s?.unused.annotated);
    }
  });

  it("keeps sign errors at or below the current count, and makes no judgment error", () => {
    expect(overall.signErrors).toBeLessThanOrEqual(1);
    expect(overall.judgmentErrors).toBe(0);
  });

  it("shows every annotated conflict", () => {
    expect(overall.conflictsAnnotated).toBe(5);
    expect(overall.conflictsShown).toBe(5);
  });
});

/**
 * The first held-out set (tests/fixtures/analysis-heldout), tuned on after its first-sight score
 * was recorded: the same floors, so what was learned from it stays learned.
 */
describe("first held-out analytic set, after tuning", () => {
  const set = loadCases(path.join(path.dirname(ANALYSIS_DIR), "analysis-heldout"));
  const held = summarize(
    set.cases.map((c) => {
      const { result, indexOf } = runCase(c, set.articles);
      return scoreCase(c, result, indexOf);
    }),
  );

  it("cites what bears on the theme and finds most of it (precision ≥ 0.9, recall ≥ 0.85)", () => {
    expect(held.precision).toBeGreaterThanOrEqual(0.9);
    expect(held.recall).toBeGreaterThanOrEqual(0.85);
  });

  it("makes no sign error and no judgment error, and shows five of the six conflicts", () => {
    expect(held.signErrors).toBe(0);
    expect(held.judgmentErrors).toBe(0);
    expect(held.conflictsShown).toBeGreaterThanOrEqual(5);
  });
});
