import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Helper a79: a force leaving a base that hosts the coalition (Ain al-Asad, Harir, al-Tanf) is the
 * coalition drawing down, though the sentence does not name the force; Iraqi or Kurdish forces
 * that leave such a base are not. Short texts written for these tests.
 */

const AT = new Date("2026-12-10T12:00:00Z");
const roles = (sentences: string[], at: number) => {
  const d = sourceDocument("Story", sentences.join("\n\n"), "Reuters", "2026-12-06");
  return cited(assess(themeFixture("coalition-withdrawal"), [d], AT), d.article.id, at);
};

describe("a withdrawal from a base that hosts the coalition", () => {
  it("counts a base emptied or vacated, its force unnamed, as intent to withdraw", () => {
    expect(
      roles(
        [
          "Our correspondent spent the week in Anbar.",
          "Shepherds near Ain al-Asad say the base was vacated last week and the gates now stand open.",
        ],
        1,
      ),
    ).toContain("driver:withdrawal-intent");
  });
  it("does not count Iraqi army units leaving such a base as the coalition's withdrawal", () => {
    expect(
      roles(
        [
          "Our correspondent spent the week in Anbar.",
          "Iraqi army units withdrew from Ain al-Asad on Tuesday after a week of exercises.",
        ],
        1,
      ),
    ).not.toContain("driver:withdrawal-intent");
  });
});
