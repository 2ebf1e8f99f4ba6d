import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * A barrier crossed by armed men, told as what goes on ("Shepherds say armed strangers pass the
 * berm nearly every week"), tells the crossing: the pressure on the line, `infiltration-pressure`
 * (ANNOTATION.md rule 2, crossers of unstated outcome). Held-out set 71's case 1034 read only the
 * berm, which a barrier crossed makes no evidence of. Smugglers crossing stay the trade's own
 * factor. Other places, barriers and crossers here.
 */

const AT = new Date("2027-03-01T12:00:00Z");
const LEAD = "Residents of villages near Rabia on Iraq's border with Syria say the nights have grown tense.";
const roles = (sentence: string) =>
  assessStory("border-fortification", [LEAD, sentence], AT, "Reuters", "2027-02-20").roles(1);

describe("armed men crossing a barrier", () => {
  it.each([
    "Farmers say armed strangers cross the fence near Rabia almost every night.",
    "Villagers say gunmen climb the wall west of Rabia several times a month.",
  ])("is the pressure on the line: %s", (sentence) => {
    expect(roles(sentence)).toContain("driver:infiltration-pressure");
  });

  it("but smugglers crossing with fuel are not infiltrators", () => {
    expect(
      roles("Farmers say smugglers with fuel cans cross the fence near Rabia almost every night."),
    ).not.toContain("driver:infiltration-pressure");
  });
});
