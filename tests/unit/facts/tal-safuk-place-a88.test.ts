import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";
import { assessStory } from "../../support/themes.js";

/**
 * Tal Safuk, a village and border sector west of Al-Baaj on Iraq's line with Syria, is named by
 * border statements in nine analytic sets; unknown to the lexicon it placed nothing in Iraq, and
 * "Thermal cameras on the border towers detected a group ... near Tal Safuk" (held-out set 69's case
 * 1006) fitted no surveillance pattern. Other wordings; Tal Afar stays Tal Afar.
 */

const places = (text: string) =>
  extractFacts({ id: "x", title: "t", text, publishedAt: "2027-02-14", source: "X" }).entities.map(
    (e) => e.lexiconId,
  );

describe("Tal Safuk", () => {
  it("is a place in Iraq, under its spellings", () => {
    expect(places("Shepherds near Tel Safuk reported gunfire on Sunday.")).toContain("place/tal-safuk");
    expect(places("The army sent a company to Tall Safuk after the attack.")).toContain("place/tal-safuk");
  });
  it("and not Tal Afar", () => {
    const found = places("A convoy left Tal Afar for Sinjar on Sunday.");
    expect(found).toContain("place/tal-afar");
    expect(found).not.toContain("place/tal-safuk");
  });
  it("so cameras there watch Iraq's border", () => {
    const first =
      "Thermal cameras on the border posts spotted a group of six men approaching the border strip near Tel Safuk at 02:10 on 3 February.";
    const { doc, roles } = assessStory(
      "border-fortification",
      [first, "The group was carrying fuel cans and turned back, the command said."],
      new Date("2027-02-20T12:00:00Z"),
      "Nineveh Operations Command (statement)",
      "2027-02-04",
    );
    const at = doc.facts.sentences.find((x) => x.text.startsWith(first.slice(0, 40)));
    expect(at && roles(at.index)).toEqual(["mitigator:surveillance"]);
  });
});
