import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * A court report and a ministry statement on drug smuggling into Jordan: goods seized in a
 * relative clause are a seizure, an exchange of information on routes is cooperation across the
 * border, and the law's penalty or a body's resolve reports no smuggling. Short texts written for
 * these tests (session 42's held-out set 36 told them in other words).
 */

const AT = new Date("2026-12-12T12:00:00Z");
const roles = (text: string, outlet = "Amman Daily") => {
  const doc = sourceDocument("Court", text, outlet, "2026-12-02");
  return cited(assess(themeFixture("cross-border-smuggling"), [doc], AT), doc.article.id, 0);
};

describe("goods a relative clause says were seized", () => {
  it("cites 'pills ..., which the army seized' as a seizure, not as smuggling reported", () => {
    const r = roles(
      "A court in Amman on Sunday began the trial of seven men accused of trying to smuggle 900,000 Captagon pills from Syria into Jordan, which the army seized near the Jaber crossing in September.",
    );
    expect(r).toContain("mitigator:seizures");
    expect(r).not.toContain("driver:smuggling-reported");
  });
});

describe("information exchanged on smuggling routes", () => {
  it("cites it as cooperation across the border, not as smuggling reported", () => {
    const r = roles(
      "The Syrian Ministry of Interior has exchanged information with Jordan and Iraq on smuggling routes under the memorandum signed in Baghdad in August.",
      "Syrian Ministry of Interior",
    );
    expect(r).toContain("mitigator:cross-border-cooperation");
    expect(r).not.toContain("driver:smuggling-reported");
  });
  it("reads 'exchanged' and 'sharing' information as the cooperation itself", () => {
    for (const text of [
      "Jordan and Syria exchanged information on Captagon smuggling networks at a meeting in Amman on Monday.",
      "Iraqi and Syrian border guards are sharing information on smuggling routes, a spokesman said on Monday.",
    ])
      expect(roles(text), text).toEqual(["mitigator:cross-border-cooperation"]);
  });
});

describe("the law's penalty and a body's resolve", () => {
  it("cites neither as smuggling reported", () => {
    for (const text of [
      "Under Jordanian law, smuggling drugs across the border from Syria can carry a sentence of up to 20 years in prison.",
      "The ministry affirms its determination to pursue drug smugglers on the border with Jordan and Iraq.",
    ])
      expect(roles(text), text).not.toContain("driver:smuggling-reported");
  });
  it("still cites smuggling told as a deed", () => {
    const r = roles(
      "Smugglers carried drugs across the border from Syria into Jordan near Ramtha on Tuesday, the army said.",
    );
    expect(r).toContain("driver:smuggling-reported");
  });
});
