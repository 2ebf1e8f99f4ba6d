import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { risingTally } from "../../../src/core/themes/relevance.js";
import { citedRoles as cited, paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * Sign readings of session 53 (tests/fixtures/analysis/ANNOTATION.md rules 4 and 6), on short
 * texts written for these tests.
 */

const AT = new Date("2026-12-14T12:00:00Z");

describe("a tally of stops set against a smaller one of an earlier period (rule 4)", () => {
  it("is read of a count of stops compared with a smaller earlier count", () => {
    const r = (sentenceText: string) => ({ sentenceText });
    expect(
      risingTally(
        r("Customs officers stopped 52 lorries of contraband in March, compared with 30 in February."),
      ),
    ).toBe(true);
    expect(
      risingTally(r("The coastguard intercepted nine boats this spring, against four last spring.")),
    ).toBe(true);
    expect(risingTally(r("Rangers seized 1,200 parcels in 2026, up from 950 in 2025."))).toBe(true);
    // A falling tally is the record of the stops.
    expect(
      risingTally(r("Customs officers stopped 18 lorries in March, compared with 30 in February.")),
    ).toBe(false);
    // No earlier count: one period.
    expect(risingTally(r("Customs officers stopped 52 lorries since January, the ministry said."))).toBe(
      false,
    );
    // A year is a period, not the earlier count.
    expect(risingTally(r("Rangers seized 40 parcels in 2026, compared with 2025."))).toBe(false);
    // "Against" naming an adversary, not a count.
    expect(risingTally(r("Patrols seized 14 rifles in operations against smugglers near the river."))).toBe(
      false,
    );
  });
  it("counts for the traffic, not for the stops", () => {
    const doc = paragraphsDocument(
      "Border",
      [
        "Border guards at the Jordanian crossing said they had foiled 23 smuggling attempts from Syria in the first half of the year, compared with nine in the same months of last year.",
      ],
      "Daily",
      "2026-11-20",
    );
    const roles = cited(assess(themeFixture("cross-border-smuggling"), [doc], AT), doc.article.id, 0);
    expect(roles).not.toContain("mitigator:seizures");
    expect(roles.some((x) => x.startsWith("driver:"))).toBe(true);
  });
  it("leaves a falling tally with the stops", () => {
    const doc = paragraphsDocument(
      "Border",
      [
        "Border guards at the Jordanian crossing said they had foiled 9 smuggling attempts from Syria in the first half of the year, compared with 23 in the same months of last year.",
      ],
      "Daily",
      "2026-11-20",
    );
    const roles = cited(assess(themeFixture("cross-border-smuggling"), [doc], AT), doc.article.id, 0);
    expect(roles.every((x) => x.startsWith("mitigator:"))).toBe(true);
  });
});

describe("a smuggling stop that killed is a clash (rule 6)", () => {
  it("counts one stop with smugglers killed under the clash, not the seizures", () => {
    const doc = paragraphsDocument(
      "Border",
      [
        "A Jordanian army unit on Tuesday foiled an attempt to smuggle hashish across the border from Syria, killing three smugglers.",
      ],
      "Daily",
      "2026-11-20",
    );
    const roles = cited(assess(themeFixture("cross-border-smuggling"), [doc], AT), doc.article.id, 0);
    expect(roles).not.toContain("mitigator:seizures");
    expect(roles).toContain("driver:armed-group-involvement");
  });
  it("counts a tally of stops with smugglers killed under the clash", () => {
    const doc = paragraphsDocument(
      "Border",
      [
        "Since January the Jordanian army has foiled 64 smuggling attempts on the border with Syria, killing 11 smugglers, a military source said.",
      ],
      "Daily",
      "2026-11-20",
    );
    const roles = cited(assess(themeFixture("cross-border-smuggling"), [doc], AT), doc.article.id, 0);
    expect(roles).not.toContain("mitigator:seizures");
    expect(roles).toContain("driver:armed-group-involvement");
  });
  it("keeps a deadly stop with the stops where the theme weighs no clash", () => {
    const doc = paragraphsDocument(
      "Border",
      [
        "Iraqi border guards near Al-Qaim seized two trucks of cigarettes smuggled from Syria on Monday, killing one smuggler.",
      ],
      "Daily",
      "2026-11-20",
    );
    const roles = cited(assess(themeFixture("border-fortification"), [doc], AT), doc.article.id, 0);
    expect(roles.every((x) => x.startsWith("mitigator:"))).toBe(true);
  });
});
