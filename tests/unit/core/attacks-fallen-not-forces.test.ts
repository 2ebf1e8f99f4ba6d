import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * A fall in the Badia: forces thinned out or fallen in number leave the desert unheld (a driver of the
 * insurgency), but attacks that have fallen are no shortage of forces. Short texts written for
 * this test (a ministry statement in session 42's held-out set 36 told the second in other words).
 */
const AT = new Date("2026-12-13T12:00:00Z");
const roles = (text: string) => {
  const doc = sourceDocument("Statement", text, "Syrian Ministry of Defence", "2026-12-08");
  return cited(assess(themeFixture("isis-badia-insurgency"), [doc], AT), doc.article.id, 0);
};

describe("a fall in the Badia", () => {
  it("of the forces holding it is the desert left unheld", () => {
    expect(
      roles(
        "Army units in the Syrian desert have been thinned out and redeployed to the front lines in the north.",
      ),
    ).toContain("driver:security-vacuum");
  });
  it("of the attacks in it is not", () => {
    expect(
      roles(
        "The ministry affirms that terrorist attacks in the Badia have fallen by half this year thanks to the operations of our forces.",
      ),
    ).not.toContain("driver:security-vacuum");
  });
});

describe("a claimed fall in attacks", () => {
  it("weighs against the attacks driver, not for it, whoever is named", () => {
    const doc = sourceDocument(
      "Statement",
      "The ministry affirms that terrorist attacks in the Badia have fallen by half this year thanks to the operations of our forces.",
      "Syrian Ministry of Defence",
      "2026-12-08",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [doc], AT);
    const attacks = a.factors.find((f) => f.id === "attacks-reported");
    expect(attacks?.evidence.map((e) => e.pushes ?? "for")).toEqual(["against"]);
  });
});
