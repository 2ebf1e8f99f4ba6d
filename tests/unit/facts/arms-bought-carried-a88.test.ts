import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

/**
 * Arms bought in one place and carried across the desert, a border or into another land are
 * traded (held-out set 68's case 997: "Weapons bought in Anbar markets are carried across the desert
 * to armed groups in Deir ez-Zor" gave no fact). Arms bought and carried into a depot by those who
 * hold them are not.
 */

const trade = (text: string) =>
  extractFacts({ id: "x", title: "t", text, publishedAt: "2027-02-14", source: "X" }).facts.filter(
    (f) => f.tags?.includes("smuggling") && f.tags?.includes("weapons"),
  );

describe("arms bought in one place and carried across", () => {
  it("are traded", () => {
    expect(
      trade("Rifles bought in the markets of Mosul are driven across the border to militias near Hasakah.")
        .length,
    ).toBeGreaterThan(0);
    expect(
      trade("Ammunition purchased from dealers in Ramadi is smuggled over the berm to cells in the badia.")
        .length,
    ).toBeGreaterThan(0);
  });
  it("but arms the army bought and carried into its depot are not", () => {
    expect(
      trade("Rifles bought for the new brigade were carried into the army depot at Habbaniyah."),
    ).toEqual([]);
  });
});
