import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * Session 71, found by probing the coalition theme in the lead's own words: a force withdrawn from
 * a country outside the theme's region ("from Niger", "out of Chad") was cited as the coalition's
 * intent to leave Iraq, whoever's force it was.
 */
const AT = new Date("2027-03-01T12:00:00Z");
const roles = (s: string) => assessStory("coalition-withdrawal", [s], AT).roles(0);

describe("a withdrawal from a country outside the region", () => {
  it("is no evidence of a withdrawal from Iraq", () => {
    expect(
      roles("France will pull its soldiers out of Chad by March, the armed forces minister said."),
    ).toEqual([]);
    expect(
      roles("The United States will withdraw its troops from Niger by September, two officials said."),
    ).toEqual([]);
  });

  it("still counts a withdrawal from Iraq or Syria, one that names no place, and one from a place the lexicon does not know (guards)", () => {
    expect(
      roles("France will pull its soldiers out of Iraq by March, the armed forces minister said."),
    ).toEqual(["driver:withdrawal-intent"]);
    expect(roles("France will withdraw its soldiers by March, the armed forces minister said.")).toEqual([
      "driver:withdrawal-intent",
    ]);
    expect(roles("US troops will withdraw from Tal Baydar by March, two officials said.")).toEqual([
      "driver:withdrawal-intent",
    ]);
  });
});
