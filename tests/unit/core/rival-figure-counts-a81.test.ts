import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * A figure a conflict box sets against one other figure of the same thing tells the same matter as
 * its rival: held-out set 65 had a local site's "Four people were killed in the clash near
 * Al-Bukamal" against the ministry's "killing two of them" (case 953), an NGO's own count of Al-Hol
 * against the administration's (948) and a corrected toll against the first (957). Each is the
 * only telling its source gives, and counts under the factor its rival counts under. A toll of
 * another clash, which no box sets against the ministry's, is not borrowed. Other wordings here.
 */

const AT = new Date("2027-02-12T12:00:00Z");
const theme = themeFixture("cross-border-smuggling");
const ministry = sourceDocument(
  "Border guards clash with smugglers near Al-Qaim",
  "Border Guards units clashed with a band of smugglers near Al-Qaim on the border with Syria on 3 February, killing three of them and wounding a guard.\n\nThe units seized 400,000 Captagon pills from the smugglers' vehicles.",
  "Iraqi Ministry of Interior",
  "2027-02-04",
);
const site = (lede: string) =>
  sourceDocument("Toll of the Al-Qaim shootout", lede, "Anbar Now", "2027-02-05");

describe("a figure set against one other figure of the same thing", () => {
  it("counts under the factor its rival counts under", () => {
    const other = site(
      "Six people were killed in the shootout near Al-Qaim on 3 February, among them two brothers from Husaybah, relatives told Anbar Now.",
    );
    const a = assess(theme, [ministry, other], AT);
    expect(a.conflicts.some((c) => c.claims.some((x) => x.articleId === other.article.id))).toBe(true);
    expect(citedRoles(a, other.article.id, 0)).toContain("driver:armed-group-involvement");
  });

  it("does not borrow a factor for a toll no box sets against the other", () => {
    const other = site(
      "Six people were killed in a shootout near Al-Qaim in October, among them two brothers from Husaybah, relatives told Anbar Now.",
    );
    const a = assess(theme, [ministry, other], AT);
    expect(a.conflicts.some((c) => c.claims.some((x) => x.articleId === other.article.id))).toBe(false);
    expect(citedRoles(a, other.article.id, 0)).toEqual([]);
  });
});
