import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

const modalityOf = (text: string, tag: string) =>
  extractFacts({ id: "t", title: "", text, publishedAt: "2026-12-11T00:00:00Z" })
    .facts.filter((f) => (f.tags ?? []).includes(tag))
    .map((f) => f.modality);

describe("a finding someone could confirm is told as fact", () => {
  it("asserts what a fact-checker could confirm", () => {
    expect(
      modalityOf(
        "Verify-Sy could confirm that the guard at the prison was cut from about 120 to 70 men in October, when fighters were moved to the front line.",
        "troop-withdrawal",
      ),
    ).toEqual(["asserted"]);
  });

  it("keeps a supposition with could hypothetical", () => {
    expect(
      modalityOf(
        "Analysts warn the guard at the prison could be cut to 70 men if fighters were moved to the front line.",
        "troop-withdrawal",
      ),
    ).not.toContain("asserted");
  });
});
