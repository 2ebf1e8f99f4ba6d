import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 68 (set 62, 911, issue 9): an article that names a crossing after its town ("the
 * Husaybah crossing") and later sets a measure "at Husaybah" tells of that crossing: scanners
 * installed there are surveillance of what crosses the border. New wordings.
 */

const AT = new Date("2026-12-20T12:00:00Z");
const SCANNERS = "New body scanners were put in at Husaybah in September, so every lorry is now checked.";

describe("a measure set at the town a crossing is named after", () => {
  it("counts scanners at the town, in an article about its crossing, as border surveillance", () => {
    const doc = sourceDocument(
      "Customs statement",
      `Customs officers seized 3,000 Captagon pills in a lorry at the Husaybah crossing last week.\n\n${SCANNERS}`,
      "General Authority of Customs",
      "2026-12-15",
    );
    const a = assess(themeFixture("cross-border-smuggling"), [doc], AT);
    expect(cited(a, doc.article.id, 1)).toEqual(["mitigator:border-barrier"]);
  });

  it("does not when the article never names the crossing, nor for a town where one must live", () => {
    const noCrossing = sourceDocument(
      "Hospital news",
      `The provincial health office opened a new ward in Anbar last week.\n\n${SCANNERS}`,
      "Anbar Health Office",
      "2026-12-15",
    );
    const lives = sourceDocument(
      "Vacancies",
      "The authority is hiring 40 inspectors for the Husaybah crossing.\n\nApplicants must pass a background check and agree to live at Husaybah for two years.",
      "Border Ports Authority",
      "2026-12-15",
    );
    const theme = themeFixture("cross-border-smuggling");
    expect(cited(assess(theme, [noCrossing], AT), noCrossing.article.id, 1)).toEqual([]);
    expect(cited(assess(theme, [lives], AT), lives.article.id, 1)).toEqual([]);
  });
});
