import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * "Only about 1,200 troops have been added to the Al-Baaj sector this month" (held-out set 72,
 * case 1048): Al-Baaj is a border district of western Nineveh, on the line with Syria as Sinjar
 * and Tal Safuk are; troops added to its sector are forces deployed on the border
 * (`forces-deployed`, mitigator). Troops sent to a city far from the line are not. Other numbers,
 * months and wording here.
 */

const AT = new Date("2027-09-10T12:00:00Z");
const LEAD = "Iraq has been strengthening its border with Syria since the summer, officials say.";
const roles = (sentence: string) =>
  assessStory("border-fortification", [LEAD, sentence], AT, "Reuters", "2027-09-02").roles(1);

describe("troops added to the Al-Baaj sector", () => {
  it("are forces deployed on the border", () => {
    expect(
      roles(
        "Nearly 800 troops have been added to the Al-Baaj sector since August, a lawmaker told a local radio.",
      ),
    ).toContain("mitigator:forces-deployed");
  });

  it("but troops added in a city far from the line are not", () => {
    expect(
      roles(
        "Nearly 800 troops have been added to the Basra garrison since August, a lawmaker told a local radio.",
      ),
    ).not.toContain("mitigator:forces-deployed");
  });
});
