import { describe, expect, it } from "vitest";
import { CitationIndex } from "../../../src/adapters/templates/view/citations.js";
import { factorView } from "../../../src/adapters/templates/view/compose-factors.js";
import { methodResult } from "../../../src/adapters/templates/view/compose-overrides.js";
import type { EvidenceRef, FactorResult, JudgmentResult } from "../../../src/core/themes/assessment.js";
import type { SourceDocument } from "../../../src/core/themes/reports.js";

/** One article of `n` sentences, enough for citation markers to point at. */
function docs(n: number): Map<string, SourceDocument> {
  const sentences = Array.from({ length: n }, (_, i) => ({ text: `Sentence ${i}.`, start: 0, end: 0 }));
  return new Map([["a1", { facts: { sentences } } as unknown as SourceDocument]]);
}

function ref(sentence: number): EvidenceRef {
  return {
    key: `a1#${sentence}`,
    articleId: "a1",
    sentence,
    factId: `f${sentence}`,
    text: `fact ${sentence}`,
    sentenceText: `Sentence ${sentence} reports fact ${sentence}.`,
    source: "Reuters",
    grade: "B3",
    reliability: "B",
    corroboration: 1,
    modality: "asserted",
    pushes: "for",
    date: "2026-11-01",
    ageDays: 30,
    weight: 1 - sentence / 100,
  };
}

function factor(items: number): FactorResult {
  return {
    id: "f",
    label: "A factor",
    role: "driver",
    weight: 1,
    effect: 0.5,
    evidence: Array.from({ length: items }, (_, i) => ref(i)),
    sources: 1,
    corroborated: false,
    gap: null,
  };
}

describe("the evidence a factor prints", () => {
  it("prints a fifth report rather than a line saying one further report is in the method table", () => {
    const view = factorView(factor(5), new CitationIndex(docs(8)));
    expect(view.evidence).toHaveLength(5);
    expect(view.more).toBe(0);
  });

  it("prints four and counts the rest when two or more would be left out", () => {
    const view = factorView(factor(7), new CitationIndex(docs(8)));
    expect(view.evidence).toHaveLength(4);
    expect(view.more).toBe(3);
  });
});

describe("citation markers of a signpost", () => {
  it("are numbered in ascending order, whatever order the reports came in", () => {
    const cite = new CitationIndex(docs(8));
    for (const k of ["a1#3", "a1#1", "a1#2"]) cite.citeKey(k);
    // First cited: 3 → [1], 1 → [2], 2 → [3]; asked in the order 2, 3, 1 they still print 1, 2, 3.
    expect(cite.citeKeys(["a1#2", "a1#3", "a1#1"])).toEqual([1, 2, 3]);
    expect(cite.citeKeys(["zz#1", "a1#1"])).toEqual([2]);
  });
});

describe("the method line of a judgment", () => {
  const base: JudgmentResult = {
    id: "j",
    statement: "the thing will happen",
    baseRate: 0.3,
    probability: null,
    likelihood: null,
    range: null,
    confidence: null,
    reasons: ["the reporting gives one period only, and a trend needs two"],
    factors: [],
    sources: 1,
    newest: null,
    stale: false,
  };

  it("says why there is no result when the reporting supports no judgment", () => {
    expect(methodResult(base).result).toBe(
      "no judgment (the reporting gives one period only, and a trend needs two)",
    );
  });

  it("gives the probability when there is one", () => {
    expect(methodResult({ ...base, probability: 0.42, likelihood: "unlikely", range: "20–45%" }).result).toBe(
      "42%",
    );
  });
});
