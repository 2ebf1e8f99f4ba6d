import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * A withdrawal told by its soldiers rather than its forces or troops: "the foreign soldiers packed
 * up and left the base". Real extraction of a short text written here.
 */

const AT = new Date("2026-11-28T12:00:00Z");

describe("a withdrawal told by the soldiers who left", () => {
  it("reads foreign soldiers who left a base in Iraq as the coalition's withdrawal", () => {
    const doc = sourceDocument(
      "Market hours change",
      [
        "The Tikrit traders' union announces that the Friday market will open an hour later from next week.",
        "Since the foreign soldiers left the old base next to the ring road in October, the army has closed that road every morning.",
      ].join("\n\n"),
      "Example Union",
      "2026-11-24",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [doc], AT);
    expect(cited(a, doc.article.id, 1)).toContain("driver:withdrawal-intent");
  });
});
