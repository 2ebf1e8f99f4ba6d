import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles, paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * A prison's health service counts the detainees it cared for, not those it holds; a force that
 * escorts a visiting team of engineers guards the visit, not the border. Real extraction of short
 * texts written here.
 */
const AT = new Date("2026-12-01T12:00:00Z");

describe("detainees vaccinated are no count of those held", () => {
  it("cites the prison's population, not the detainees its clinic vaccinated", () => {
    const log = paragraphsDocument(
      "Ghwayran prison: weekly log of the Asayish",
      [
        "The Ghwayran prison in Hasakah holds about 4,000 ISIS detainees, 40 kilometres from the Iraqi border.",
        "On Sunday the prison clinic vaccinated 85 ISIS detainees against seasonal influenza.",
      ],
      "Asayish",
      "2026-11-30",
    );
    const a = assess(themeFixture("isis-prison-escape"), [log], AT);
    expect(citedRoles(a, log.article.id, 0)).toContain("driver:detainee-concentration");
    expect(citedRoles(a, log.article.id, 1)).toEqual([]);
  });
});

describe("a force escorting a visiting team is no deployment", () => {
  it("cites troops sent to the sector, not the escort of the engineers who inspected it", () => {
    const report = paragraphsDocument(
      "Defects found in the Qaim sector wall",
      [
        "The Border Forces Command deployed two battalions to the Al-Qaim sector of the Iraq-Syria border last week.",
        "A team of six engineers inspected the wall in the sector on Monday, escorted by the 2nd Border Region.",
      ],
      "Iraqi News Agency",
      "2026-11-30",
    );
    const a = assess(themeFixture("border-fortification"), [report], AT);
    expect(citedRoles(a, report.article.id, 0)).toContain("mitigator:forces-deployed");
    expect(citedRoles(a, report.article.id, 1)).not.toContain("mitigator:forces-deployed");
  });
});
