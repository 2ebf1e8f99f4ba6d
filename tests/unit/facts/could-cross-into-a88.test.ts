import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

/**
 * Fighters told as able to cross into a country are an infiltration feared (held-out set 69's case
 * 1016: "The group's cells in the Syrian desert remain the main reservoir from which fighters could
 * cross back into Iraq" gave no fact). Fighters who could cross a river, or a road, are not.
 */

const infiltration = (text: string) =>
  extractFacts({ id: "x", title: "t", text, publishedAt: "2027-02-14", source: "X" }).facts.filter(
    (f) => f.kind === "threat" && f.tags?.includes("infiltration"),
  );

describe("fighters who could cross into a country", () => {
  it("are an infiltration feared", () => {
    expect(
      infiltration(
        "Camps in the Anbar desert hold hundreds of men, and militants might slip back into Syria at any time.",
      ).length,
    ).toBeGreaterThan(0);
    expect(
      infiltration(
        "Officials warn that jihadists can still cross into Jordanian territory through the dry valleys.",
      ).length,
    ).toBeGreaterThan(0);
  });
  it("but fighters who could cross a river are not", () => {
    expect(
      infiltration("Officials warn that fighters can still cross the Euphrates on small boats at night."),
    ).toEqual([]);
  });
});
