import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * Readings from the leftovers of analytic sets 36-38, on short texts written for these tests.
 */

const AT = new Date("2026-12-15T12:00:00Z");

describe("a situation said to be stable", () => {
  const report = (second: string) =>
    paragraphsDocument(
      "Army repels terrorist attack on Palmyra road",
      [
        "Army units repelled an attack by a terrorist ISIS cell on a military convoy on the Palmyra-Al-Sukhnah road on Monday, a military source told Al-Ikhbariya.",
        "Four soldiers were killed and six attackers were killed in the clash, the source said.",
        "Army aircraft then struck the cell's hideouts in the Jabal al-Bishri area, destroying three vehicles.",
        second,
      ],
      "Al-Ikhbariya Syria",
      "2026-12-08",
    );
  it("tells of quiet on the road, not of new forces taking over the desert", () => {
    const d = report(
      "The source said the situation on the road is stable and that traffic resumed the same evening.",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [d], AT);
    expect(cited(a, d.article.id, 3)).not.toContain("mitigator:new-forces");
  });
  it("leaves a deployment on the same road to that factor", () => {
    const d = report("The Syrian army deployed reinforcements to Palmyra and Al-Sukhnah on Monday.");
    const a = assess(themeFixture("isis-badia-insurgency"), [d], AT);
    expect(cited(a, d.article.id, 3)).toContain("mitigator:new-forces");
  });
});
