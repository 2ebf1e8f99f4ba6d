import { describe, expect, it } from "vitest";
import type { Reliability } from "../../../src/core/sources/admiralty.js";
import { confidenceOf } from "../../../src/core/themes/confidence.js";

const base = {
  evidencedFactors: 7,
  corroboratedFactors: 0,
  conflicts: 0,
  newestAgeDays: 3,
  horizonDays: 182,
};
const sources = (...grades: Reliability[]) => grades.map((reliability, i) => ({ key: `s${i}`, reliability }));

describe("the reasons a confidence level gives", () => {
  it("agree in number with what they count", () => {
    expect(confidenceOf({ ...base, sources: sources("B", "F"), corroboratedFactors: 1 }).reasons).toEqual([
      "the relevant reporting comes from 2 independent sources, 1 usually reliable or better (A–B)",
      "1 of 7 factors shown is corroborated by independent sources",
    ]);
    expect(
      confidenceOf({ ...base, sources: sources("B", "C", "F"), corroboratedFactors: 2 }).reasons,
    ).toEqual([
      "the relevant reporting comes from 3 independent sources, 2 of known reliability (A–C), one of them usually reliable or better (A–B)",
      "2 of 7 factors shown are corroborated by independent sources",
    ]);
  });

  it("speak of one source as one, whatever its grade", () => {
    const one = (g: Reliability) => confidenceOf({ ...base, sources: sources(g) }).reasons[0];
    expect(one("A")).toBe(
      "the relevant reporting comes from one independent source, usually reliable or better (A–B)",
    );
    expect(one("C")).toBe("the relevant reporting comes from one independent source, fairly reliable (C)");
    expect(one("F")).toBe(
      "the relevant reporting comes from one independent source, not of known reliability (A–C)",
    );
  });

  it("say all or none rather than counting every source", () => {
    const reason = (...g: Reliability[]) => confidenceOf({ ...base, sources: sources(...g) }).reasons[0];
    expect(reason("A", "B")).toBe(
      "the relevant reporting comes from 2 independent sources, all usually reliable or better (A–B)",
    );
    expect(reason("C", "C")).toBe(
      "the relevant reporting comes from 2 independent sources, all of known reliability (A–C)",
    );
    expect(reason("E", "F")).toBe(
      "the relevant reporting comes from 2 independent sources, none of known reliability (A–C)",
    );
  });
});
