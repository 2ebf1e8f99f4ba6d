import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * A desert checkpoint told as left with a handful of soldiers ("the army checkpoint on the road to
 * Palmyra has been left with a handful of soldiers since the autumn") is the thinness of the
 * government's hold, the `security-vacuum` driver: held-out set 71's case 1041 lost it, since a
 * checkpoint reads as a measure on movement rather than a deployment. A checkpoint reinforced is
 * not. Other towns, roads and wordings here.
 */

const AT = new Date("2027-03-01T12:00:00Z");
const roles = (sentence: string) =>
  assessStory("isis-badia-insurgency", [sentence], AT, "Reuters", "2027-02-20").roles(0);

describe("a desert checkpoint left thinly manned", () => {
  it.each([
    "The army checkpoint at the northern entrance of Al-Sukhnah has been left with a handful of troops since the summer, shepherds said.",
    "The checkpoint on the Deir ez-Zor road east of Palmyra is held by only a few soldiers since November, drivers said.",
  ])("is a security vacuum: %s", (sentence) => {
    expect(roles(sentence)).toContain("driver:security-vacuum");
  });

  it("but a checkpoint reinforced is no vacuum", () => {
    expect(
      roles(
        "The army checkpoint on the road to Palmyra was reinforced with more soldiers after a handful of attacks, residents said.",
      ),
    ).not.toContain("driver:security-vacuum");
  });
});
