import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 35 (held-out set 24): troops counted as "still in" the country at a date, a departure
 * told as completed, partners who carry out operations without coalition support, and training
 * and intelligence sharing kept with Iraq itself. A yearbook entry, a task force's release and a
 * parliamentary report told them; the tests use other wordings of the same classes.
 */

const AT = new Date("2026-12-01T12:00:00Z");
const roles = (text: string, outlet = "Associated Press") => {
  const doc = sourceDocument("Report", text, outlet, "2026-11-26");
  return cited(assess(themeFixture("coalition-withdrawal"), [doc], AT), doc.article.id, 0);
};

describe("troops still in the country", () => {
  it("counts a number of US troops still in Iraq or Syria as a residual presence", () => {
    for (const text of [
      "Roughly 2,000 US troops were still in Iraq in November, according to officials.",
      "About 900 American troops are still stationed in Syria, the Pentagon said.",
    ])
      expect(roles(text), text).toContain("mitigator:residual-presence");
  });

  it("does not count troops still there that a faction wants expelled", () => {
    const r = roles(
      "The factions want to expel the roughly 2,000 US troops still in Iraq, their leaders said in Baghdad.",
    );
    expect(r).not.toContain("mitigator:residual-presence");
  });
});

describe("a departure completed, and partners on their own", () => {
  it("reads US troops that completed their departure from a base in Iraq as the withdrawal", () => {
    const r = roles("US troops completed their departure from the Victory base in Baghdad in October.");
    expect(r).toContain("driver:withdrawal-intent");
  });

  it("reads Iraqi forces that carry out operations without coalition support as capacity", () => {
    const r = roles(
      "Officials said the Iraqi army and the Counter-Terrorism Service now plan and lead most raids on their own.",
    );
    expect(r).toContain("mitigator:iraqi-capacity");
  });
});

describe("training and intelligence sharing kept with Iraq", () => {
  it("counts allies keeping intelligence sharing with Iraq as continued security ties", () => {
    const r = roles(
      "The report recommends that allies maintain bilateral training and intelligence sharing with Iraq after the mission ends. Coalition troops left their last base in federal Iraq in September.",
    );
    expect(r).toContain("mitigator:bilateral-security-ties");
  });
});
