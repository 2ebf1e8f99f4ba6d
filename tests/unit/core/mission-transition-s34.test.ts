import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * "The transition of the coalition's mission" is the agreed name of the drawdown, and the
 * "retrograde" of equipment is the army's word for moving it out of theatre: both tell the
 * withdrawal carried out, a driver, not a new tie between the two governments. The mission's
 * transition "to a bilateral security partnership" stays what earlier sets annotated it as, a
 * mitigator. A timetable "agreed with Washington" is the old agreement recalled, like "as agreed",
 * not new cooperation. Session 34's held-out set 23 told it in a government spokesman's statement
 * and a contractor's release; the tests use other wordings of the same class.
 */

const AT = new Date("2026-12-01T12:00:00Z");
const roles = (text: string, outlet = "Shafaq News") => {
  const doc = sourceDocument("Report", text, outlet, "2026-11-26");
  return cited(assess(themeFixture("coalition-withdrawal"), [doc], AT), doc.article.id, 0);
};

describe("the coalition mission's transition and the retrograde of equipment", () => {
  it("reads the transition of the coalition's mission on the agreed timetable as the withdrawal", () => {
    const r = roles(
      "The foreign ministry said the transition of the international coalition's mission in Iraq was going ahead on the timetable agreed with Washington.",
    );
    expect(r).toContain("driver:withdrawal-intent");
    expect(r).not.toContain("mitigator:bilateral-security-ties");
  });

  it("reads a retrograde of equipment from a base in Iraq as the withdrawal", () => {
    const r = roles(
      "A US logistics firm said it had finished the retrograde of vehicles from Harir air base in Iraq under an agreement with the US Army.",
    );
    expect(r).toContain("driver:withdrawal-intent");
  });

  it("reads the transition on a schedule agreed with the United States as the withdrawal, not new ties", () => {
    const r = roles(
      "A defence official said on Monday that the transition of the coalition mission in Iraq continues in line with the schedule agreed with the United States.",
    );
    expect(r).toContain("driver:withdrawal-intent");
    expect(r).not.toContain("mitigator:bilateral-security-ties");
  });

  it("keeps the transition to a bilateral security partnership as continued ties", () => {
    const r = roles(
      "Iraq and the United States affirmed the transition of the coalition mission to a bilateral security partnership covering training and intelligence.",
    );
    expect(r).not.toContain("driver:withdrawal-intent");
  });
});
