import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * A road "the group has blocked" in a story whose lede names ISIS is an ISIS attack on the road:
 * the group is the one the story is about, as in "the group's fourth claimed attack". Short texts
 * written for this test (set 63's case 930 told it in other words).
 */
const AT = new Date("2026-12-12T12:00:00Z");
const roles = (text: string, sentence: number) => {
  const doc = sourceDocument("Monitor", text, "Desert Monitor", "2026-12-02");
  return cited(assess(themeFixture("isis-badia-insurgency"), [doc], AT), doc.article.id, sentence);
};

describe("a road the group cut", () => {
  it("is an ISIS attack when the lede names ISIS", () => {
    const text =
      "Islamic State fighters ambushed a patrol near Palmyra on Tuesday, the group said. It is the third time this winter that the group has blocked the highway between Palmyra and Homs.";
    expect(roles(text, 1)).toContain("driver:attacks-reported");
  });
  it("is not when the lede names no ISIS", () => {
    const text =
      "A tribal militia ambushed a patrol near Palmyra on Tuesday, the group said. It is the third time this winter that the group has blocked the highway between Palmyra and Homs.";
    expect(roles(text, 1)).not.toContain("driver:attacks-reported");
  });
});
