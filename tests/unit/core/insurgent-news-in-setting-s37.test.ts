import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles, paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * A report about something else (a vaccination round) whose later sentence names ISIS acting is
 * news of the insurgency in the places the report covers; a group named only by what it left
 * behind is not. A garrison counted as fewer than some number is thin, not a new force. Real
 * extraction of short texts written here.
 */
const AT = new Date("2026-12-05T12:00:00Z");

const round = (line: string) =>
  paragraphsDocument(
    "Measles round in Palmyra: end-of-round report",
    [
      "This report covers the October round of the measles vaccination campaign in the Palmyra and Al-Sukhnah districts of Homs.",
      "Health teams visited 90 villages and vaccinated 18,000 children.",
      "Coverage was highest in the villages near the main road.",
      line,
    ],
    "UNICEF",
    "2026-12-01",
  );

describe("insurgent news inside a report about something else", () => {
  it("cites attacks attributed to ISIS in the report's districts", () => {
    const doc = round(
      "Our field log records 19 attacks attributed to ISIS cells near our teams between June and November.",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [doc], AT);
    expect(citedRoles(a, doc.article.id, 3)).toContain("driver:attacks-reported");
  });

  it("does not cite a mine near old ISIS positions", () => {
    const doc = round(
      "Two shepherds were wounded last year when they stepped on a mine near old ISIS positions.",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [doc], AT);
    expect(citedRoles(a, doc.article.id, 3)).toEqual([]);
  });
});

describe("a garrison counted as few", () => {
  it("reads the soldiers stationed in a town, fewer than 100, as a thin hold, not a new force", () => {
    const doc = paragraphsDocument(
      "ISIS attack on Al-Sukhnah",
      [
        "ISIS cells attacked the town of Al-Sukhnah in eastern Homs on 23 November.",
        "Monitors said the army units stationed in the town before the attack numbered fewer than 100 men.",
      ],
      "SOHR",
      "2026-11-27",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [doc], AT);
    const roles = citedRoles(a, doc.article.id, 1);
    expect(roles).not.toContain("mitigator:new-forces");
    expect(roles.length).toBeGreaterThan(0);
    expect(roles.every((r) => r.startsWith("driver:"))).toBe(true);
  });
});

describe("Russian strikes on the desert", () => {
  it("cites Russian warplanes striking the desert as strikes on the cells", () => {
    const doc = paragraphsDocument(
      "ISIS attack on Al-Sukhnah",
      [
        "ISIS cells attacked the town of Al-Sukhnah in eastern Homs on 23 November.",
        "Two days later, Russian warplanes carried out at least ten strikes on the desert north of the town.",
      ],
      "SOHR",
      "2026-11-27",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [doc], AT);
    expect(citedRoles(a, doc.article.id, 1)).toContain("mitigator:counter-terrorism-strikes");
  });
});
