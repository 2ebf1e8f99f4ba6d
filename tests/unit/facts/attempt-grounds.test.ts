import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

const arrests = (text: string) =>
  extract(text).facts.filter((f) => f.kind === "countermeasure" && f.tags?.includes("arrest"));

describe("an attempt hedges only what it governs", () => {
  it("tells an arrest made for an attempt as done", () => {
    for (const text of [
      "Men held for trying to cross into Iraq sit in a guard post after 11 of them were arrested near the town.",
      "Border guards said 14 men detained while attempting to cross had been arrested at dawn.",
    ])
      expect(
        arrests(text).map((f) => f.modality),
        text,
      ).toContain("asserted");
  });

  it("keeps what was attempted hedged", () => {
    const doc = extract("The two men were accused of trying to smuggle weapons across the border.");
    const smuggling = doc.facts.filter((f) => f.tags?.includes("smuggling") && f.kind !== "quantity");
    expect(smuggling.length).toBeGreaterThan(0);
    expect(smuggling.every((f) => f.modality !== "asserted")).toBe(true);
  });
});

describe("a crossing from one country into another is over a border", () => {
  it("tags an arrest of people crossing from or into a country as border security", () => {
    for (const text of [
      "Officers reported 312 arrests of people trying to cross from Syria in 2024.",
      "Soldiers detained six men who had crossed into Iraqi territory at night.",
    ])
      expect(
        arrests(text).some((f) => f.tags?.includes("border-security")),
        text,
      ).toBe(true);
  });

  it("does not make a crossing into a village or from a river a border crossing", () => {
    const doc = extract("Police arrested two men who crossed into the village from the river.");
    expect(doc.facts.some((f) => f.tags?.includes("border-security"))).toBe(false);
  });
});
