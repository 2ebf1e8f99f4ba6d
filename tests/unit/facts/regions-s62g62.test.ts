import { describe, expect, it } from "vitest";
import { entityNamed, extract, spanProblems } from "./helpers.js";

/**
 * Regions named after a city or governorate with "of" (ANNOTATION.md rule 6, session 62): "the eastern
 * countryside of X" is the region "eastern X", as "eastern X" is, never X itself. Sentences written for
 * these tests, not taken from the corpus.
 */

const places = (text: string) =>
  extract(text, "2026-03-02")
    .entities.filter((e) => e.type === "place")
    .map((e) => e.name);

describe("a direction before the countryside of a place", () => {
  it("reads 'the eastern countryside of X' as the region eastern X, not as X", () => {
    const text = "Gunmen shot a farmer near his orchard in the eastern countryside of Hama on Friday night.";
    const doc = extract(text, "2026-03-02");
    const region = entityNamed(doc, "Eastern Hama");
    expect(region?.aliases).toContain("eastern countryside of Hama");
    expect(region?.area?.kind).toBe("part");
    expect(places(text)).not.toContain("Hama");
    expect(spanProblems(doc, text)).toEqual([]);
  });

  it("reads the desert and the hinterland of a place the same way", () => {
    expect(places("A patrol found a weapons cache in the southern desert of Raqqa on Sunday.")).toEqual([
      "Southern Raqqa",
    ]);
    expect(places("A drone struck a pickup truck in the western hinterland of Mosul.")).toEqual([
      "Western Mosul",
    ]);
  });

  it("keeps 'governorate' after the place inside the region's mention", () => {
    const text = "Three men were arrested in the western countryside of Daraa governorate last week.";
    const doc = extract(text, "2026-03-02");
    expect(places(text)).toEqual(["Western Daraa"]);
    expect(spanProblems(doc, text)).toEqual([]);
  });

  it("keeps the place itself without a direction, at its edge, or as a relative position", () => {
    // Near sentences: no direction (the place's own countryside), an edge (the city), "east of" (a position).
    expect(places("Two shepherds were wounded by a mine in the countryside of Hama.")).toEqual(["Hama"]);
    expect(places("Shells fell on the eastern outskirts of Idlib on Tuesday.")).toEqual(["Idlib"]);
    expect(places("A car bomb exploded at the eastern edge of Palmyra.")).toEqual(["Palmyra"]);
    expect(places("Militants attacked an army post east of Palmyra.")).toEqual(["Palmyra"]);
  });

  it("does not read a capitalised 'Countryside' inside a body's name as the rural noun", () => {
    // "the Eastern Countryside of Homs Council": a council's name, not the region eastern Homs.
    expect(
      places("A spokesman for the Eastern Countryside of Homs Council said the road was open."),
    ).not.toContain("Eastern Homs");
  });
});
