import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 33, round 2 (held-out set 21, border theme), told in other words: a wall that smugglers
 * pass or bypass did not hold, so it is no evidence of the barrier; the smuggling decides the
 * sentence. Drones that fly the border watch it.
 */

const AT = new Date("2026-12-01T12:00:00Z");
const roles = (text: string, sentence = 0) => {
  const doc = sourceDocument("Report", text, "North Press Agency", "2026-11-26");
  return cited(assess(themeFixture("border-fortification"), [doc], AT), doc.article.id, sentence);
};

describe("a barrier that smugglers get past", () => {
  it("reads smugglers who bypass the wall as smuggling, not as the barrier holding", () => {
    const r = roles(
      "Cigarette smugglers near Al-Qaim bypass the concrete wall through a storm drain after dark, residents say.",
    );
    expect(r).not.toContain("mitigator:physical-barrier");
    expect(r).toContain("driver:smuggling-networks");
  });
});

describe("drones over the border", () => {
  it("reads unmanned aircraft of the border forces flying the border as surveillance", () => {
    const r = roles(
      "Unmanned aircraft of the Iraqi Border Guard operate around the clock along the border with Syria near Sinjar.",
    );
    expect(r).toContain("mitigator:surveillance");
    expect(r).not.toContain("driver:security-vacuum");
  });
});
