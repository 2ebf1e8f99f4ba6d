import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * A reported fall of ISIS attacks in the desert is evidence against a rise, not for one (the
 * review of session 31 found one counted as a driver of a rise). Other wordings of the class.
 */

const AT = new Date("2026-12-01T12:00:00Z");
const pushes = (text: string) => {
  const doc = sourceDocument("Report", text, "Syrian Observatory for Human Rights", "2026-11-26");
  const a = assess(themeFixture("isis-badia-insurgency"), [doc], AT);
  return a.factors
    .filter((f) => f.id === "attacks-reported")
    .flatMap((f) => f.evidence.filter((e) => e.articleId === doc.article.id).map((e) => e.pushes));
};

describe("a fall of ISIS attacks in the desert", () => {
  it("weighs a reported fall of attacks against the factor", () => {
    expect(
      pushes(
        "ISIS attacks in the Syrian desert dropped sharply to nine in October from 20 in September, monitors said.",
      ),
    ).toEqual(["against"]);
  });

  it("still weighs attacks that rose or were told without a trend for it", () => {
    expect(
      pushes(
        "ISIS cells carried out 20 attacks in the Syrian desert near Palmyra in October, monitors said.",
      ),
    ).toEqual(["for"]);
  });
});
