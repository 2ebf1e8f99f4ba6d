import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * A strength the jihadist group is told to keep ("ISIS retains several thousand fighters across
 * Iraq and Syria", held-out set 67's case 987) is its presence there, as cells it keeps are.
 * The tests use other wordings of the same class.
 */

const presence = (text: string) =>
  extract(text, "2027-01-20T00:00:00Z").facts.filter(
    (f) => f.kind === "threat" && f.tags?.includes("insurgent-presence"),
  );

describe("fighters the group is told to keep", () => {
  it("reads a strength ISIS keeps, retains, maintains or still has as its presence", () => {
    for (const text of [
      "Intelligence officials believe the Islamic State still maintains between 1,500 and 3,000 fighters in the Syrian desert.",
      "A UN monitoring team wrote that Daesh keeps a few thousand fighters in the Hamrin mountains.",
      "Analysts said ISIS still has about 800 fighters in Kirkuk province.",
    ])
      expect(presence(text).length, text).toBeGreaterThan(0);
  });

  it("does not read fighters held in prisons, or fighters lost, as a presence", () => {
    for (const text of [
      "Officials said ISIS still has some 4,000 fighters held in the prisons of Hasakah.",
      "Analysts said ISIS has lost several thousand fighters in Kirkuk province since 2019.",
    ])
      expect(presence(text), text).toEqual([]);
  });
});
