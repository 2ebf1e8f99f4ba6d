import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * A count of attacks on the traffic of a desert road, the attackers unnamed: a bus company or a
 * roads authority logging "attacks on its vehicles" between Palmyra and Deir ez-Zor tells of the
 * insurgency's attacks in the desert as surely as a monitor's toll does. A state force named in
 * the sentence, or a count from years back, does not. Short texts written for this test.
 */
const AT = new Date("2026-12-13T12:00:00Z");
/** The count is the notice's second sentence; its first tells of an attack by gunmen. */
const OPENING = "Gunmen fired on one of our buses near Al-Sukhnah on 2 December and wounded the driver. ";
const roles = (text: string, source = "Desert Star Coaches (notice)") => {
  const doc = sourceDocument("Notice", OPENING + text, source, "2026-12-08");
  return cited(assess(themeFixture("isis-badia-insurgency"), [doc], AT), doc.article.id, 1);
};

describe("attacks on a desert road's traffic, the attackers unnamed", () => {
  it("are attacks in the desert", () => {
    expect(
      roles(
        "Our drivers logged nine attacks on our vehicles on the road between Palmyra and Deir ez-Zor from April to September, against four in the six months before.",
      ),
    ).toContain("driver:attacks-reported");
  });
  it("counted by a roads office, are too", () => {
    expect(
      roles(
        "The roads office recorded 12 attacks on trucks on the highway east of Palmyra between July and November.",
        "Homs Roads Office (review)",
      ),
    ).toContain("driver:attacks-reported");
  });
  it("are not when the count is from years back", () => {
    expect(
      roles("In 2019 the company recorded 20 attacks on buses on the road between Palmyra and Deir ez-Zor."),
    ).not.toContain("driver:attacks-reported");
  });
});
