import { describe, expect, it } from "vitest";
import { claimsOf } from "../../../src/core/themes/conflicts-claims.js";
import { collectReports } from "../../../src/core/themes/reports.js";
import { paragraphsDocument } from "../../support/themes.js";

/**
 * Helper a79: "both were killed" after two people counted is a toll of two, of the side their noun
 * names. Short texts written for these tests.
 */

const tolls = (text: string) =>
  claimsOf(collectReports([paragraphsDocument("Story", [text], "Member of parliament", "2026-11-12")]))
    .filter((f) => /^(?:killed|wounded):/.test(f.kind))
    .map((f) => [f.kind, f.value]);

describe("'both were killed' after two counted", () => {
  it("reads both killed, or both of them wounded, as a toll of the two", () => {
    expect(
      tolls(
        "It was only an attempt by two smugglers to reach the berm near Husaybah, and both were killed by the border guards on Monday.",
      ),
    ).toEqual([["killed:smugglers", 2]]);
    expect(
      tolls(
        "Two shepherds were grazing their flocks near the berm on Monday when both of them were wounded by a mine.",
      ),
    ).toEqual([["wounded:civilians", 2]]);
  });

  it("reads no toll from 'both' with no two counted before it, nor from both sides that were praised", () => {
    expect(tolls("The guards opened fire near the berm on Monday and both were killed.")).toEqual([]);
    expect(tolls("Two officers met the sheikhs near the berm on Monday and both were praised.")).toEqual([]);
  });
});
