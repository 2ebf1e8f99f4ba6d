import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

const AT = new Date("2027-02-10T12:00:00Z");
const theme = themeFixture("border-fortification");

const review = sourceDocument(
  "Frontier troops: 480 detained crossing from Syria last year",
  "Iraq's border police arrested 480 people who tried to cross from Syria in 2026, among them 25 drug couriers, the Frontier Guard Command said in its yearly report, carried by Al-Sumaria. Drug gangs, it said, have shifted to the open stretch north of Rabia, where the fence is not yet built.",
  "Al-Sumaria",
  "2027-01-20",
);
const correction = sourceDocument(
  "Interior Ministry corrects frontier figure",
  "The Interior Ministry corrects a figure aired yesterday from the yearly report of the Frontier Guard Command. The number of people arrested while trying to cross from Syria in 2026 is 310, not 480, because the larger figure wrongly counted 170 people returned by the Syrian side at the Rabia crossing. On 12 January, border guards seized 300,000 captagon pills hidden in a lorry near Rabia.",
  "Iraqi Ministry of Interior",
  "2027-01-21",
);

describe("two accounts of one figure at odds are no corroboration of the factor they fall under", () => {
  it("does not call a factor corroborated when its second source is only the other side of a conflict box", () => {
    const a = assess(theme, [review, correction], AT);
    const box = a.conflicts.find((c) => c.kind === "figures");
    expect(box?.claims.map((c) => c.value).sort()).toEqual([310, 480]);
    const held = a.factors.find((f) => f.evidence.some((e) => e.key === box?.claims[0]?.key));
    expect(held).toBeDefined();
    expect(held?.corroborated).toBe(false);
  });
});

describe("a figure box is titled by the place its figure is counted over", () => {
  it("does not title a country-wide tally by a crossing named only for another number in the sentence", () => {
    const a = assess(theme, [review, correction], AT);
    const box = a.conflicts.find((c) => c.kind === "figures");
    expect(box?.topic).toMatch(/^The number arrested\b/);
    expect(box?.topic).not.toMatch(/Rabia/i);
  });
});

describe("the weigh line names a state body with its article", () => {
  it("reads 'the later correction by the Iraqi Ministry of Interior'", () => {
    const a = assess(theme, [review, correction], AT);
    const box = a.conflicts.find((c) => c.kind === "figures");
    expect(box?.analysis).toMatch(/correction by the Iraqi Ministry of Interior\b/);
  });
});
