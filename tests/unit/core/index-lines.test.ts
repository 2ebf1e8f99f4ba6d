import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { indexLine } from "../../../src/core/themes/relevance.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

const AT = new Date("2026-10-20T12:00:00Z");

describe("an article's index line", () => {
  it("tells a list of index terms from a sentence that opens with a label", () => {
    expect(indexLine({ sentenceText: "Keywords: Iraq, Syria, border walls, smuggling." })).toBe(true);
    expect(indexLine({ sentenceText: "Tags: ISIS, Raqqa, prisons" })).toBe(true);
    expect(indexLine({ sentenceText: "Topics covered: smuggling" })).toBe(false);
    expect(indexLine({ sentenceText: "Smugglers moved drugs across the border, officers said." })).toBe(
      false,
    );
  });

  it("cites no factor for the subjects an article files itself under", () => {
    const theme = themeFixture("cross-border-smuggling");
    const paper = sourceDocument(
      "Smuggling on the Iraq-Syria frontier",
      "Smugglers working with ISIS cells moved drugs and weapons across the Iraq-Syria border near Al-Qaim every week, Iraqi army officers said.\n\nKeywords: Iraq, Syria, border, smuggling, drugs, Anbar.",
      "Journal of Borderlands Studies",
      "2026-10-04",
    );
    const a = assess(theme, [paper], AT);
    expect(cited(a, paper.article.id, 0).length).toBeGreaterThan(0);
    expect(cited(a, paper.article.id, 1)).toEqual([]);
  });
});
