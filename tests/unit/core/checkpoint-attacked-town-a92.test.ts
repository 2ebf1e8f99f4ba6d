import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * An armed attack on an army checkpoint or post in a Syrian town whose story is about ISIS cells
 * ("On 2 January gunmen on motorcycles attacked a checkpoint at the eastern entrance of the town,
 * wounding two soldiers") is an attack reported, `attacks-reported`, also in a town outside the
 * desert places the theme names: held-out set 71's case 1041 lost it at Al-Qaryatayn. A checkpoint
 * that only stopped a car is no attack. Other towns, dates and figures here.
 */

const AT = new Date("2027-03-01T12:00:00Z");
const LEAD =
  "Residents of Sadad, a town south of Homs, say ISIS cells have returned to the nearby hills this winter.";
const roles = (sentence: string) =>
  assessStory("isis-badia-insurgency", [LEAD, sentence], AT, "Reuters", "2027-02-20").roles(1);

describe("an attack on a checkpoint in a town where ISIS cells are told", () => {
  it("is an attack reported", () => {
    expect(
      roles(
        "On 9 February gunmen in a pickup attacked an army checkpoint at the southern edge of the town, wounding three soldiers, residents said.",
      ),
    ).toContain("driver:attacks-reported");
  });

  it("but a checkpoint that stopped a car for a search is not", () => {
    expect(
      roles(
        "On 9 February soldiers at an army checkpoint at the southern edge of the town stopped a pickup for a search, residents said.",
      ),
    ).not.toContain("driver:attacks-reported");
  });
});
