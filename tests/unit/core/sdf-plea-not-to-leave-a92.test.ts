import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * The SDF, told with the detainees it guards, pleading with Washington not to leave ("The SDF,
 * which guards some 9,000 ISIS detainees in about two dozen prisons, has urged Washington not to
 * leave before a deal with Damascus on the prisons is done") tells how much its hold on the sites
 * rests on the US force: `sdf-exposure`, as "depends on American support" is. Held-out set 16's
 * case 270 lost it. An appeal for something else is not. Other figures and wordings here.
 */

const AT = new Date("2027-03-01T12:00:00Z");
const LEAD = "US officials said on Tuesday that about 900 American troops are still in northeast Syria.";
const roles = (sentence: string) =>
  assessStory("coalition-withdrawal", [LEAD, sentence], AT, "Reuters", "2027-02-20").roles(1);

describe("the SDF asking Washington not to leave", () => {
  it("is the SDF's exposure", () => {
    expect(
      roles(
        "The SDF, which guards some 5,000 ISIS detainees in a dozen prisons, has asked Washington not to leave until a deal on the camps is reached.",
      ),
    ).toContain("driver:sdf-exposure");
  });

  it("but asking Washington to speed up repatriations is not", () => {
    expect(
      roles(
        "The SDF, which guards some 5,000 ISIS detainees in a dozen prisons, has asked Washington to speed up repatriations of foreign detainees.",
      ),
    ).not.toContain("driver:sdf-exposure");
  });
});
