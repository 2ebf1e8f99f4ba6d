import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Set 70's Egmont brief (helper a90), on text written for these tests: a restated count told as
 * a ceiling ("puts the figure at no more than 1,800") and a force moved out of the theatre told
 * in the active voice ("will relocate the last trainers to Qatar").
 */

const quantityTexts = (doc: ReturnType<typeof extract>) =>
  doc.facts.filter((f) => f.kind === "quantity").map((f) => f.text);
const withdrawals = (doc: ReturnType<typeof extract>) =>
  doc.facts.filter((f) => f.tags?.includes("troop-withdrawal")).map((f) => f.text);

describe("a restated count told with 'no more than'", () => {
  it("reads the figure as a count of what the figure before it counted, with its 'no'", () => {
    const doc = extract(
      "Diplomats in Baghdad talk of roughly 3,000 Italian soldiers in the country. A tally of announced deployments by the institute puts the figure at no more than 1,800, most of them at Ain al-Asad.",
      "2027-03-28",
    );
    expect(quantityTexts(doc)).toContain("no more than 1,800");
  });

  it("guard: 'more than' with no 'no' keeps its floor and its text", () => {
    const doc = extract(
      "Diplomats in Baghdad talk of roughly 3,000 Italian soldiers in the country. A tally by the institute puts the figure at more than 1,800.",
      "2027-03-28",
    );
    expect(quantityTexts(doc)).toContain("more than 1,800");
    expect(quantityTexts(doc)).not.toContain("no more than 1,800");
  });
});

describe("a force moved out of the theatre, told in the active voice", () => {
  it("reads 'will relocate the last trainers to Qatar and Jordan' as a withdrawal", () => {
    const doc = extract(
      "Washington said on Friday it will relocate the last trainers to Qatar and Jordan by mid-2028.",
      "2027-03-28",
    );
    expect(withdrawals(doc).length).toBeGreaterThan(0);
  });

  it("guard: forces moved to a neighbour's border, or prisoners moved abroad, are no withdrawal", () => {
    const border = extract(
      "The command moved its remaining soldiers to Jordan's border on Sunday.",
      "2027-03-28",
    );
    expect(withdrawals(border)).toEqual([]);
    const prisoners = extract(
      "The authorities will relocate the remaining prisoners to Kuwait next month.",
      "2027-03-28",
    );
    expect(withdrawals(prisoners)).toEqual([]);
  });
});
