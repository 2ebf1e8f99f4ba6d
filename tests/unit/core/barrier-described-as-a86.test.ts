import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * A barrier named only as what someone describes it as ("the official described the wall as a
 * barrier no terrorist will ever cross") is a view of a wall the article has told already, not
 * news of the defences: it counts for nothing. Held-out set 68's case 992 cited an official's such
 * words under `physical-barrier`; other wordings here.
 */

const AT = new Date("2027-02-01T12:00:00Z");
const LEAD =
  "Iraq has finished 60 kilometres of concrete wall along the border with Syria near Al-Qaim, the army said.";
const roles = (sentence: string) =>
  assessStory("border-fortification", [LEAD, sentence], AT, "Reuters", "2027-01-25").roles(1);

describe("a barrier named as what someone describes it as", () => {
  it.each([
    "The governor described the wall as a shield that no smuggler will ever get past.",
    "A commander hailed the new fence as proof that the border is now closed for good.",
  ])("counts for nothing: %s", (sentence) => {
    expect(roles(sentence)).toEqual([]);
  });

  it("but a barrier told with what it is still counts", () => {
    expect(
      roles("The governor said the wall, described as the longest in the region, now runs 60 km."),
    ).toContain("mitigator:physical-barrier");
  });
});
