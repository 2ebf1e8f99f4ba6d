import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { judgedOnly } from "../../../src/core/themes/relevance.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * A departure named only as the subject of a judgement ("was a step toward sovereignty") is
 * weighed, not told. Short texts written for these tests.
 */

const AT = new Date("2026-12-12T12:00:00Z");

describe("a happening named only as what a judgement weighs", () => {
  it("reads 'the withdrawal of X was a victory for Y' as a judgement", () => {
    expect(
      judgedOnly({
        sentenceText:
          "A minister in Damascus said the withdrawal of the US troops was a victory for the Syrian people.",
      }),
    ).toBe(true);
  });
  it("keeps a sentence that also tells the deed", () => {
    expect(
      judgedOnly({
        sentenceText:
          "US troops left the Shaddadi base on Monday, and the minister said the departure of the Americans was a step toward sovereignty.",
      }),
    ).toBe(false);
  });
  it("cites no factor for the spokesman's judgement", () => {
    const doc = sourceDocument(
      "Convoys",
      "The Syrian government's spokesman said the withdrawal of the American forces was a victory for the unity of Syria's territory.",
      "Daily",
      "2026-12-05",
    );
    expect(cited(assess(themeFixture("coalition-withdrawal"), [doc], AT), doc.article.id, 0)).toEqual([]);
  });
});
