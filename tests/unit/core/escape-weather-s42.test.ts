import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { escapeFromWeather } from "../../../src/core/themes/relevance.js";
import { citedRoles as cited, paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * To escape the cold or the heat is to shelter from the weather, no breakout from custody. Short
 * texts written for these tests.
 */

const AT = new Date("2026-12-12T12:00:00Z");

describe("escaping the weather", () => {
  it("reads 'escape the cold' and 'escaping the summer heat' as shelter", () => {
    expect(
      escapeFromWeather({ sentenceText: "Families crowd into the mosque to escape the cold at night." }),
    ).toBe(true);
    expect(escapeFromWeather({ sentenceText: "Children swim in the canal, escaping the summer heat." })).toBe(
      true,
    );
  });
  it("reads the weather named with words before it ('the midday heat of the tents') as shelter", () => {
    expect(
      escapeFromWeather({
        sentenceText:
          "Partners report that children often escape the midday heat of the tents by crowding into the learning centres.",
      }),
    ).toBe(true);
  });
  it("keeps a breakout told with the weather after the place of custody", () => {
    expect(
      escapeFromWeather({ sentenceText: "Four detainees escaped the prison during heat on Sunday." }),
    ).toBe(false);
    expect(
      escapeFromWeather({ sentenceText: "Four detainees escaped the camp in the heat of the afternoon." }),
    ).toBe(false);
  });
  it("keeps a sentence that also tells of a breakout", () => {
    expect(
      escapeFromWeather({
        sentenceText:
          "Detainees escaped from the prison during the storm, using the rain to escape the cold guards' eyes.",
      }),
    ).toBe(false);
    expect(
      escapeFromWeather({ sentenceText: "Twelve detainees escaped from Ghwayran prison on Monday." }),
    ).toBe(false);
  });
  it("cites no escape for fuel prices in a prison town", () => {
    const doc = paragraphsDocument(
      "Qamishli",
      [
        "Twelve ISIS detainees escaped from a prison in Qamishli on Monday night, security sources said.",
        "Prices of firewood in Qamishli have risen by half since November as families try to escape the cold, traders said.",
      ],
      "Wire",
      "2026-12-03",
    );
    const a = assess(themeFixture("isis-prison-escape"), [doc], AT);
    expect(cited(a, doc.article.id, 1)).toEqual([]);
  });
});
