import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * The last (or all, or the rest) of a coalition contingent gone home is its deployment over: a
 * withdrawal carried out, the theme's `withdrawal-intent`. Soldiers home on leave are not.
 * Short texts written for this test (held-out set 67's case 988 told it of a Danish contingent).
 */

const AT = new Date("2027-02-01T12:00:00Z");
const roles = (text: string) => {
  const doc = sourceDocument(
    "Written answer",
    `${text} ISIS keeps cells in the Hamrin mountains, the ministry said.`,
    "Storting record",
    "2027-01-20",
  );
  return cited(assess(themeFixture("coalition-withdrawal"), [doc], AT), doc.article.id, 0);
};

describe("the last of a coalition contingent gone home", () => {
  it("is a withdrawal carried out", () => {
    for (const text of [
      "The Norwegian contribution to the coalition at the Harir base ended in May, when the last 60 trainers came home.",
      "The coalition's mission at the Harir base wound up in May, and all 60 of its trainers have returned home.",
    ])
      expect(roles(text), text).toContain("driver:withdrawal-intent");
  });
  it("but trainers home on leave, or told to stay, are not", () => {
    for (const text of [
      "The Norwegian contribution to the coalition at the Harir base was reviewed in May, when the last 60 trainers came home on leave for Christmas.",
      "The coalition's last 60 trainers at the Harir base will stay through 2027.",
    ])
      expect(roles(text), text).not.toContain("driver:withdrawal-intent");
  });
});
