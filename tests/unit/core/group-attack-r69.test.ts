import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * "The group's fourth claimed attack" in a story whose lede names ISIS is an ISIS attack: the
 * group is the one the story is about. Short texts written for this test (session 66's held-out
 * set 60 told it in other words).
 */

const AT = new Date("2026-12-12T12:00:00Z");
const roles = (text: string, sentence: number) => {
  const doc = sourceDocument("Monitor", text, "Desert Monitor", "2026-12-02");
  return cited(assess(themeFixture("isis-badia-insurgency"), [doc], AT), doc.article.id, sentence);
};

describe("the group's counted attack", () => {
  it("is an ISIS attack when the lede names ISIS", () => {
    const text =
      "Islamic State fighters ambushed a supply convoy near Sukhnah on Monday, the group said. It is the group's fourth claimed attack around Sukhnah in November, according to a monitor's count of its statements.";
    expect(roles(text, 1)).toContain("driver:attacks-reported");
  });
  it("is not when the lede names no ISIS", () => {
    const text =
      "A tribal militia ambushed a supply convoy near Sukhnah on Monday, the group said. It is the group's fourth claimed attack around Sukhnah in November, according to a monitor's count of its statements.";
    expect(roles(text, 1)).not.toContain("driver:attacks-reported");
  });
});
