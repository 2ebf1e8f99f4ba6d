import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 79: a prison named only by its head noun ("Karlau prison") tells what the site is, not
 * where it is; the theme on Syria's and Iraq's prisons asks where its facts happen.
 */

const AT = new Date("2027-01-12T12:00:00Z");
const prisons = themeFixture("isis-prison-escape");

describe("an escape from a prison the lexicon does not place", () => {
  it("lists an escape from a named prison abroad as unused", () => {
    const abroad = paragraphsDocument("Three inmates break out of Karlau", [
      "Three inmates broke out of Karlau prison in the Styria region late on Friday by cutting through a fence behind the kitchens, the Austrian justice ministry said.",
      "Two of them were caught by police near the Slovenian border on Saturday, and officers are still looking for the third.",
      "The ministry has added guards at all high security jails and ordered a review of the perimeter.",
      "Karlau holds some 500 inmates.",
    ]);
    const a = assess(prisons, [abroad], AT);
    for (const j of a.judgments) expect(j.probability).toBeNull();
    expect(a.factors.flatMap((f) => f.evidence)).toEqual([]);
    expect(a.unused.map((u) => u.articleId)).toEqual([abroad.article.id]);
  });

  it("keeps an escape from an unlisted prison whose story names the SDF", () => {
    const home = paragraphsDocument("Inmates break out of Tal Baydar jail", [
      "Three detainees broke out of Tal Baydar prison late on Friday by cutting through a fence behind the kitchens, the SDF said.",
      "The SDF has added guards at its other detention sites and ordered a review of the perimeter.",
    ]);
    const a = assess(prisons, [home], AT);
    expect(a.unused).toEqual([]);
    expect(a.factors.flatMap((f) => f.evidence).length).toBeGreaterThan(0);
  });
});
