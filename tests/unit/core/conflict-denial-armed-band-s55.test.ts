import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 55 (neg), on invented texts: a denial that "an armed group crossed" answers an account of
 * "gunmen who crossed" at the same place (those who attack named by what they carry); "the armed
 * forces" are an army, no band of gunmen.
 */
const AT = new Date("2026-11-30T12:00:00Z");

const denialsOf = (denied: string) => {
  const account = paragraphsDocument(
    "Farmers killed near Rabia",
    [
      "Gunmen who crossed from Syria on Monday night killed three farmers near the village of Rabia, residents told the agency.",
    ],
    "Rudaw",
    "2026-11-25",
  );
  const denial = paragraphsDocument(
    "Border guards deny infiltration",
    [denied, "The farmers died in a quarrel over water between two clans."],
    "Border Guard Command (statement)",
    "2026-11-27",
  );
  const a = assess(themeFixture("border-fortification"), [account, denial], AT);
  const denials = a.conflicts.filter(
    (c) =>
      c.claims.some((x) => x.articleId === denial.article.id && x.stance === "denies") &&
      c.claims.some((x) => x.articleId === account.article.id),
  );
  return denials.length;
};

describe("a denial of an armed band's crossing", () => {
  it("is set against an account of gunmen who crossed there", () => {
    expect(
      denialsOf(
        "The Border Guard Command denies reports that an armed group crossed from Syrian territory near Rabia.",
      ),
    ).toBeGreaterThan(0);
  });
  it("is no answer to a crossing told at another place", () => {
    expect(
      denialsOf(
        "The Border Guard Command denies reports that an armed group crossed from Syrian territory near Al-Qaim.",
      ),
    ).toBe(0);
  });
});
