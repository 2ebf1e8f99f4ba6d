import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Forces moved to "the sector" of a border district (set 16, case 264: "A second battalion of the
 * 15th Brigade has been moved to the sector"): a unit the lexicon does not place, sent to a border
 * sector, is a force deployed on the border. Other wordings here.
 */

const AT = new Date("2026-12-01T12:00:00Z");

describe("a unit sent to a border district's sector", () => {
  const roles = (text: string) => {
    const lede =
      "Iraq's Border Forces said they repelled an attempt by gunmen to cross from Syria near Al-Qaim on Saturday.";
    const doc = sourceDocument("Border", `${lede} ${text}`, "Iraqi News Agency", "2026-11-26");
    return cited(assess(themeFixture("border-fortification"), [doc], AT), doc.article.id, 1);
  };

  it("counts it as forces deployed on the border", () => {
    expect(
      roles(
        "A fourth battalion of the 7th Division has been moved to the sector near Al-Qaim, the command said.",
      ),
    ).toContain("mitigator:forces-deployed");
  });

  it("does not count a sector named without forces moved there", () => {
    expect(roles("Traders in the Al-Qaim sector say prices of flour rose again this week.")).not.toContain(
      "mitigator:forces-deployed",
    );
  });
});
