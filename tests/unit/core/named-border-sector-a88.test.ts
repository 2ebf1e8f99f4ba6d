import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * Units moved to a border place's sector ("the Tal Safuk sector", "the Al-Qaim sector") are forces
 * sent to the border (ANNOTATION.md rule 12; held-out set 69's case 1006: "Two additional companies of
 * the 15th Division were moved to the Tal Safuk sector the same morning"): the pattern read "the
 * sector" but not a sector named by its place, and Tal Safuk was in none of the theme's lists of
 * border places. A sector of a place far from the border is not.
 */

const AT = new Date("2027-02-20T12:00:00Z");
const roles = (last: string) =>
  assessStory(
    "border-fortification",
    [
      "About a dozen gunmen crossed from Syria into Iraq near Rabia on Tuesday night, local officials said.",
      last,
    ],
    AT,
    "Reuters",
    "2027-02-14",
  ).roles(1);

describe("units moved to a border place's sector", () => {
  it("are forces deployed on the border", () => {
    expect(
      roles("Two platoons of the 12th Brigade were moved to the Al-Qaim sector the next morning."),
    ).toEqual(["mitigator:forces-deployed"]);
    expect(
      roles("Three companies of the 9th Division were sent to the Tal Safuk sector on Wednesday."),
    ).toEqual(["mitigator:forces-deployed"]);
  });
  it("but not to the sector of a place far from the border", () => {
    expect(
      roles("Two platoons of the 12th Brigade were moved to the Tarmiyah sector the next morning."),
    ).toEqual([]);
  });
});
