import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

/**
 * Session 55 (neg), on invented sentences: people who "crossed from Iraqi territory" crossed a
 * border as those who "crossed from the Iraqi side" did, an event of their crossing, asserted when
 * told and negated when a denial tells it; "no member of the <force> was harmed": a toll of
 * none, negated.
 */
const doc = (text: string) => extractFacts({ id: "t", title: "", text, publishedAt: "2026-11-20T00:00:00Z" });
const crossings = (text: string) =>
  doc(text).facts.filter((f) => f.kind === "event" && f.tags?.includes("border-crossing"));

describe("a crossing from a neighbour's territory", () => {
  it("is a crossing event when told", () => {
    const [e] = crossings("Smugglers crossed from Turkish territory near the village of Tel Hamis.");
    expect(e?.modality).toBe("asserted");
  });
  it("is a negated crossing when denied", () => {
    const [e] = crossings(
      "The garrison denies claims that a group of armed men crossed from Iraqi territory near Al-Mayadin.",
    );
    expect(e?.modality).toBe("negated");
  });
  it("leaves a river that crosses from the territory of another country alone", () => {
    expect(crossings("The river crosses from Turkish territory near the dam.")).toEqual([]);
  });
});

describe("no member of a force harmed", () => {
  const tolls = (text: string) =>
    doc(text).facts.filter((f) => f.kind === "event" && f.tags?.includes("casualties"));
  it("is a negated toll, however long the force's name", () => {
    const [e] = tolls("No member of the Lebanese Armed Forces was harmed during the raid.");
    expect(e?.modality).toBe("negated");
  });
  it("leaves harm to things alone", () => {
    expect(tolls("The drought harmed the harvest in the north.")).toEqual([]);
  });
});
