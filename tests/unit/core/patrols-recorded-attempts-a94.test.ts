import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * "Patrols recorded 19 attempts by armed men to approach the berm" (held-out set 72, case 1048):
 * the patrols are the witness of the attempts, and what the sentence tells is the attempts, not
 * said to be stopped: the pressure, `infiltration-pressure`, driver (ANNOTATION.md rule 3). Read as
 * a force deployed, it pushed the wrong way. A force that deployed and recorded, or attempts
 * recorded and repelled, keep their measure. Other places, numbers and forces here.
 */

const AT = new Date("2027-05-10T12:00:00Z");
const LEAD = "Iraq's Border Forces hold the frontier with Syria west of Al-Qaim in Anbar province.";
const roles = (sentence: string) =>
  assessStory("border-fortification", [LEAD, sentence], AT, "Reuters", "2027-05-02").roles(1);

describe("attempts a patrol recorded", () => {
  it.each([
    "Patrols recorded 27 attempts by armed men to approach the wall from the Syrian side in April, the officer said.",
    "Army units on the frontier have recorded 14 attempts by gunmen to cut the fence near Al-Qaim this spring.",
  ])("are the pressure, not a deployment: %s", (sentence) => {
    const r = roles(sentence);
    expect(r).toContain("driver:infiltration-pressure");
    expect(r).not.toContain("mitigator:forces-deployed");
  });

  it("but a force that deployed as well keeps the deployment", () => {
    const r = roles(
      "The Border Forces deployed 2,000 additional troops near Al-Qaim and recorded 27 attempts by armed men to approach the wall.",
    );
    expect(r).toContain("mitigator:forces-deployed");
  });
});
