import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * "In three of the attempts the smugglers opened fire on the patrols" (held-out set 72, case
 * 1053): smugglers firing on a border force is a clash, `armed-group-involvement`, driver
 * (ANNOTATION.md rule 6), also where the sentence counts it among attempts (which the extractor
 * reads as a supposed threat). Read only as smuggling, it left `violent-clashes` with no evidence
 * of a clash and no judgment. Smuggling attempts with no fire stay the trade. Other places,
 * numbers and forces here.
 */

const AT = new Date("2027-06-10T12:00:00Z");
const LEAD =
  "Jordan's army said it foiled 44 attempts to smuggle drugs across the border with Syria in May, against 31 in April.";
const story = (sentence: string) =>
  assessStory("cross-border-smuggling", [LEAD, sentence], AT, "Reuters", "2027-06-02");

describe("smugglers who opened fire during attempts", () => {
  it.each([
    "In five of the attempts the smugglers opened fire on the border guards near Ruwaished, the army said.",
    "During two of those attempts traffickers fired at border guards east of Jaber, and a soldier was hurt.",
  ])("are a clash with the border force: %s", (sentence) => {
    expect(story(sentence).roles(1)).toContain("driver:armed-group-involvement");
  });

  it("but attempts with no fire are the trade, not a clash", () => {
    expect(
      story(
        "In five of the attempts the smugglers used drones to drop the loads near Ruwaished, the army said.",
      ).roles(1),
    ).not.toContain("driver:armed-group-involvement");
  });
});
