import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * A toll box names where the event was: not a town that only names a road's end ("on the
 * Tikrit–Kirkuk road near Bashir" happened near Bashir, not at Tikrit), and a town as the article
 * spells it, not as the lexicon does.
 */
const AT = new Date("2027-02-20T12:00:00Z");
const topics = (first: string) =>
  assess(
    themeFixture("isis-badia-insurgency"),
    [
      paragraphsDocument("Ambush", [first], "Syrian Ministry of Defence (statement)", "2027-02-11"),
      paragraphsDocument(
        "Ambush toll",
        [
          "Nine soldiers were killed and four wounded in the ISIS ambush on the road near Al-Shula, medical sources told Deir ez-Zor 24.",
        ],
        "Deir ez-Zor 24",
        "2027-02-12",
      ),
    ],
    AT,
  ).conflicts.map((c) => c.topic);

describe("a toll box's place", () => {
  it("skips the towns of a road's name for the place the ambush was near", () => {
    const got = topics(
      "Four soldiers were killed when ISIS cells ambushed an army convoy on the Palmyra–Deir ez-Zor road near Al-Shula on 10 February.",
    );
    expect(got.some((t) => /^The number killed/.test(t))).toBe(true);
    expect(got.filter((t) => /^The number killed/.test(t)).every((t) => /Al-Shula$/.test(t))).toBe(true);
  });

  it("keeps a road's town that the account also names as the place", () => {
    const got = assess(
      themeFixture("isis-badia-insurgency"),
      [
        paragraphsDocument(
          "Ambush",
          [
            "Four soldiers were killed when ISIS cells attacked a checkpoint in Palmyra, at the start of the Palmyra–Homs road, on 10 February.",
          ],
          "Syrian Ministry of Defence (statement)",
          "2027-02-11",
        ),
        paragraphsDocument(
          "Ambush toll",
          [
            "Nine soldiers were killed in the ISIS attack on the checkpoint in Palmyra, medical sources told Deir ez-Zor 24.",
          ],
          "Deir ez-Zor 24",
          "2027-02-12",
        ),
      ],
      AT,
    ).conflicts.map((c) => c.topic);
    expect(got.filter((t) => /^The number killed/.test(t))).toEqual(["The number killed at Palmyra"]);
  });
});
