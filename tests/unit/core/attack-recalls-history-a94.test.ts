import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * "The ambush recalls the dark years when the organisation ruled Palmyra" (held-out set 72, case
 * 1054): the ambush already told, named again as what it recalls; the sentence tells history, no
 * further attack, and is not evidence. A sentence that tells an attack of its own, with its place,
 * date and toll, before what it recalls, still tells that attack. Other places and years here.
 */

const AT = new Date("2027-08-10T12:00:00Z");
const LEAD =
  "Six soldiers were killed when ISIS fighters ambushed an army patrol near Al-Sukhnah on 2 August, a military source said.";
const roles = (sentence: string) =>
  assessStory("isis-badia-insurgency", [LEAD, sentence], AT, "Reuters", "2027-08-04").roles(1);

describe("an attack named only as what it recalls", () => {
  it.each([
    "The ambush recalls the years when the group controlled the desert around Al-Sukhnah.",
    "This latest attack evoked memories of 2015, when the organisation held the whole of the Homs desert.",
  ])("is no further attack: %s", (sentence) => {
    expect(roles(sentence)).toEqual([]);
  });

  it("but a sentence that tells an attack of its own still tells it", () => {
    expect(
      roles(
        "The attack on the Al-Hail gas field on 6 August, which killed four guards, recalls the years when the group held the field.",
      ),
    ).toContain("driver:attacks-reported");
  });
});
