import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Set 25's misses, as classes: ground operations against ISIS inside Iraq told by an Iraqi
 * official whose forces are only "our forces", and a village raided and burned by ISIS in the
 * Syrian desert.
 */

const AT = new Date("2026-12-01T12:00:00Z");
const roles = (theme: string, sentences: string[], at: number, outlet = "Reuters") => {
  const doc = sourceDocument("Story", sentences.join("\n\n"), outlet, "2026-11-28");
  return cited(assess(themeFixture(theme), [doc], AT), doc.article.id, at);
};

describe("operations against ISIS in Iraq with no foreign force named", () => {
  it("counts them as Iraqi capacity", () => {
    const r = roles(
      "coalition-withdrawal",
      [
        "Iraq's defence minister spoke to reporters in Baghdad on Thursday.",
        "He said that our forces protect Iraq alone, and in November they carried out 180 operations against ISIS remnants in Anbar.",
      ],
      1,
    );
    expect(r).toContain("mitigator:iraqi-capacity");
  });

  it("does not count operations against ISIS that US forces carried out in Iraq", () => {
    const r = roles(
      "coalition-withdrawal",
      [
        "The Pentagon gave its monthly figures on Thursday.",
        "US forces carried out 12 operations against ISIS cells in Iraq in November, the Pentagon said.",
      ],
      1,
    );
    expect(r).not.toContain("mitigator:iraqi-capacity");
  });
});

describe("a village raided and burned by ISIS in the Syrian desert", () => {
  it("counts it as an ISIS attack in the desert", () => {
    const r = roles(
      "isis-badia-insurgency",
      [
        "The monitoring group published its weekly report on Monday.",
        "On 20 November ISIS fighters entered a village north of Al-Sukhnah, set fire to the school and left before dawn.",
      ],
      1,
    );
    expect(r).toContain("driver:attacks-reported");
  });
});
