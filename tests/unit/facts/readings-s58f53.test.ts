import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 58 (helper "f53"): extractor readings prompted by analytic set 53. The sentences are
 * invented; each reads a class of wording, not a fixture's text.
 */

const facts = (text: string) => extract(text, "2026-12-20T09:00:00Z").facts;
const escapes = (text: string) => facts(text).filter((f) => f.kind === "event" && f.tags?.includes("escape"));

describe("a denial of reports that others spread", () => {
  it("reads 'denies reports circulated by some outlets that detainees escaped' as a denied escape", () => {
    for (const text of [
      "The guard force denies reports circulated by some news sites that inmates escaped from the Raqqa jail.",
      "The council denied claims published by a local page that gunmen stormed the Tabqa jail.",
    ]) {
      const e = facts(text).filter((f) => f.kind === "event");
      expect(e.length, text).toBeGreaterThan(0);
      expect(
        e.every((f) => f.modality === "negated"),
        text,
      ).toBe(true);
    }
  });

  it("keeps reports spread by others, with no denial, asserted", () => {
    const text = "Reports circulated by some news sites said that inmates escaped from the Raqqa jail.";
    const e = escapes(text);
    expect(e.length).toBeGreaterThan(0);
    expect(e.every((f) => f.modality === "asserted")).toBe(true);
  });
});

describe("a backer that ends the programme paying a force", () => {
  const cuts = (text: string) =>
    facts(text).filter((f) => f.kind === "event" && f.tags?.includes("troop-withdrawal"));

  it("reads a programme that paid a force's guards, told ended, as support cut", () => {
    for (const text of [
      "Washington ended last month a programme that paid stipends to some 6,000 guards at the camps.",
      "The coalition scrapped a scheme that paid the salaries of the Asayish guards at the prisons.",
    ])
      expect(cuts(text).length, text).toBeGreaterThan(0);
  });

  it("does not read a programme that paid civilians, told ended, as support cut", () => {
    for (const text of [
      "The agency ended a programme that paid stipends to farmers near Qamishli.",
      "The ministry ended a scheme that paid the wages of teachers in Raqqa.",
    ])
      expect(cuts(text), text).toEqual([]);
  });
});

describe("guards who quit their posts", () => {
  const desertions = (text: string) =>
    facts(text).filter((f) => f.kind === "countermeasure" && f.tags?.includes("troop-withdrawal"));

  it("reads guards whom something led to quit as guards leaving their posts", () => {
    for (const text of [
      "Unpaid wages have led dozens of guards at the Roj camp to quit, officers say.",
      "Officers say the pay cuts forced some guards at the jail to leave their posts.",
    ])
      expect(desertions(text).length, text).toBeGreaterThan(0);
  });

  it("does not read others who quit, or guards who will not, as guards leaving", () => {
    for (const text of [
      "Unpaid wages have led dozens of teachers in Qamishli to quit, officials say.",
      "The guards at the jail said they would stay at their posts.",
    ])
      expect(desertions(text), text).toEqual([]);
  });
});

describe("forces massed near a line", () => {
  it("reads forces that massed near a line as deployed there", () => {
    const f = facts("Army troops have massed along the frontier east of the river since Monday.");
    expect(f.some((x) => x.kind === "countermeasure" && x.tags?.includes("troop-deployment"))).toBe(true);
  });

  it("does not read protesters who massed as forces deployed", () => {
    const f = facts("Protesters massed outside the ministry in Baghdad on Sunday.");
    expect(f.some((x) => x.kind === "countermeasure" && x.tags?.includes("troop-deployment"))).toBe(false);
  });
});

describe("men watching for gaps in a watch in order to cross", () => {
  it("tags cells watching for gaps in the coverage in order to cross as infiltration", () => {
    const f = facts(
      "Militant cells near the river are watching for gaps in the radar coverage in order to cross.",
    );
    expect(f.some((x) => x.tags?.includes("infiltration"))).toBe(true);
  });

  it("does not tag fans watching for gaps in a match's coverage", () => {
    const f = facts("Fans are watching for gaps in the coverage of the match.");
    expect(f.some((x) => x.tags?.includes("infiltration"))).toBe(false);
  });
});
