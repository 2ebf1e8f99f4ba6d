import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { documentScope } from "../../../src/core/themes/relevance.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

const AT = new Date("2026-12-01T12:00:00Z");

describe("a piece introducing itself", () => {
  const scope = (sentenceText: string, text: string) => documentScope({ sentenceText, text });

  it("reads what the piece says it is about as its scope", () => {
    expect(
      scope(
        "This talk page is for discussing improvements to the article on the escape from the Panorama prison in Hasakah.",
        "the escape from the Panorama prison in Hasakah",
      ),
    ).toBe(true);
    expect(
      scope(
        "This paper compares two six-month periods of the ISIS insurgency in the Syrian desert.",
        "the ISIS insurgency in the Syrian desert",
      ),
    ).toBe(true);
    expect(
      scope(
        "The following is an excerpt of the cross-examination of a witness in the trial of three men accused of drug smuggling.",
        "three men",
      ),
    ).toBe(true);
  });

  it("keeps a finding the piece states, and a fact its relative clause tells", () => {
    expect(
      scope(
        "This report documents 40 attacks on the border wall since June.",
        "40 attacks on the border wall",
      ),
    ).toBe(false);
    expect(
      scope(
        "This live page follows the attack on Alaya prison, which holds about 1,500 men accused of ISIS membership.",
        "1,500 men",
      ),
    ).toBe(false);
    expect(
      scope(
        "This week the army moved two brigades to the border report says.",
        "moved two brigades to the border",
      ),
    ).toBe(false);
  });

  it("reads a reporter's beat as a topic, a commander's sector as a deployment", () => {
    expect(
      scope(
        "Hi everyone, I'm a freelance journalist in Erbil, and I've spent the last two years covering the US drawdown from Iraq, so ask me anything.",
        "two years",
      ),
    ).toBe(true);
    expect(
      scope(
        "We have been covering this sector of the border with two battalions since June, the commander said.",
        "two battalions",
      ),
    ).toBe(false);
  });

  it("cites no escape from the lede of a talk page, but the escape its editors report", () => {
    const theme = themeFixture("isis-prison-escape");
    const doc = sourceDocument(
      "Talk: Panorama prison escape",
      [
        "This talk page is for discussing improvements to the article on the escape from the Panorama prison in Hasakah on the night of 26 November 2026.",
        "The Syrian Observatory for Human Rights reported on 27 November that 23 detainees fled the Panorama prison through a tunnel.",
      ].join("\n\n"),
      "Wikipedia",
      "2026-11-29",
    );
    const a = assess(theme, [doc], AT);
    expect(cited(a, doc.article.id, 0)).toEqual([]);
    expect(cited(a, doc.article.id, 1)).toContain("driver:escape-reported");
  });
});
