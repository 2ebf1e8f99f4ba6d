import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * A note on what a count covers tells how the count was made, not an attack: held-out set 65's
 * case 956 cited "Our count covers only the attacks ISIS claimed, and the real number is probably
 * higher" as an attack. A count told by its figure stays evidence. Other wordings here.
 */

const AT = new Date("2027-01-20T12:00:00Z");
const LEAD =
  "The monitor recorded 27 ISIS attacks in the eastern Homs desert between September and November 2026, against 15 in the three months before.";
const roles = (note: string) =>
  assessStory("isis-badia-insurgency", [LEAD, note], AT, "Reuters", "2027-01-10").roles(1);

describe("a note on what a count covers", () => {
  it.each([
    "The tally includes only attacks the group claimed on its channels, so the real figure may be higher.",
    "Its figures exclude ISIS attacks that no outlet reported from the remote parts of the desert.",
    "This dataset relies solely on open sources and may miss ISIS attacks on isolated army posts.",
  ])("does not count %s", (note) => {
    expect(roles(note)).toEqual([]);
  });

  it("still counts a count told by its figure", () => {
    expect(
      roles("The same tally includes 11 ISIS ambushes on army convoys near Al-Sukhnah in October."),
    ).toContain("driver:attacks-reported");
  });
});
