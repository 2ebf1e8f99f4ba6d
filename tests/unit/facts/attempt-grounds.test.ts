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
