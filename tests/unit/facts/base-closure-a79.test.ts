import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Helper a79: a "base closure", told as a compound noun, is the force leaving the base, as "the
 * closure of the base" is. Invented sentences, not the fixtures' text.
 */

const withdrawal = (text: string) =>
  extract(text, "2026-12-09T00:00:00Z").facts.some((f) => f.tags?.includes("troop-withdrawal"));

describe("a base closure", () => {
  it("reads a contract or a plan for base closure as a withdrawal", () => {
    for (const text of [
      "Delta Field Services of Tampa, Florida, won a 9,300,000 dollar contract for base closure and site clean-up at Ain al-Asad, to be finished by June 2027.",
      "The ministry published a timetable for the airbase closures at al-Tanf and Conoco.",
    ])
      expect(withdrawal(text), text).toBe(true);
  });

  it("does not read a road closure near a base, or a closure of its canteen, as a withdrawal", () => {
    for (const text of [
      "A road closure near the base caused long queues on Sunday.",
      "The base canteen closure was announced for the holiday week.",
    ])
      expect(withdrawal(text), text).toBe(false);
  });
});
