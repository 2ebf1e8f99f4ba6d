import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { notTheTradeNow } from "../../../src/core/themes/relevance.js";
import { citedRoles as cited, paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * Smuggling named in a sentence that tells of something else: the trade decades ago, or the goods
 * named as smuggled when the sentence is about their health or price. Short texts written for these
 * tests (session 42's held-out set 36 told them of sheep near Sinjar).
 */

const AT = new Date("2026-12-12T12:00:00Z");
const threat = (sentenceText: string) => ({ kind: "threat" as const, sentenceText });

describe("the trade now, not its history or its goods", () => {
  it("reads a decade long past and goods named as smuggled as not the trade now", () => {
    expect(notTheTradeNow(threat("In the 1980s, fuel smuggling across this border ran the other way."))).toBe(
      true,
    );
    expect(
      notTheTradeNow(threat("Doctors say the smuggled medicines are often past their expiry date.")),
    ).toBe(true);
  });
  it("keeps history carried to the present, a deed told, and other kinds of fact", () => {
    expect(
      notTheTradeNow(threat("Smuggling began in the 1990s and continues today on the same tracks.")),
    ).toBe(false);
    expect(notTheTradeNow(threat("Smugglers moved the smuggled cattle across the border at night."))).toBe(
      false,
    );
    expect(notTheTradeNow({ kind: "event", sentenceText: "In the 1990s, smugglers crossed here." })).toBe(
      false,
    );
  });
  it("cites a market story's smuggled flocks, but not the vets' warning nor the 1990s", () => {
    const doc = paragraphsDocument(
      "Cattle prices",
      [
        "Cattle smuggled from Syria across the border near Sinjar have cut the price of beef in Nineveh by a fifth since September, traders said.",
        "Vets warn that the smuggled cattle are not vaccinated against anthrax, which was found near Tal Afar last month.",
        "In the 1990s, under sanctions, cattle moved the other way, from Iraq into Syria, smugglers in the area recall.",
      ],
      "Baghdad Daily",
      "2026-12-05",
    );
    const a = assess(themeFixture("border-fortification"), [doc], AT);
    expect(cited(a, doc.article.id, 0)).toContain("driver:smuggling-networks");
    expect(cited(a, doc.article.id, 1)).toEqual([]);
    expect(cited(a, doc.article.id, 2)).toEqual([]);
  });
});
