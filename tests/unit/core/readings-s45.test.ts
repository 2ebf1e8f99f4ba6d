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

describe("an estimate the reporting does not settle", () => {
  const hearing = paragraphsDocument(
    "Border commander briefs security committee",
    [
      "The commander of the Border Forces told parliament's security and defence committee on Tuesday that the concrete wall is complete along the whole Anbar sector, from Al-Qaim to the Jordanian border.",
      "He said his forces had stopped 14 attempts by armed ISIS groups to cross from Syria in November, all of them near Al-Qaim and Akashat.",
      "A third battalion of the Border Forces was moved to the Al-Qaim sector in October, he said.",
    ],
    "Iraqi Council of Representatives",
    "2026-12-09",
  );
  const imagery = paragraphsDocument(
    "Satellite images show the Anbar border wall",
    [
      "Satellite images taken in November show that the concrete wall now runs continuously for about 90 kilometres north of Al-Qaim on the Syrian border.",
      "We counted 31 new watchtowers along the Anbar sector, each with a mast that matches the thermal cameras Iraq's Ministry of Interior has shown in its videos.",
    ],
    "Bellingcat",
    "2026-12-10",
  );
  it("is held within 'very unlikely' below high confidence, with the reason", () => {
    const a = assess(themeFixture("border-fortification"), [hearing, imagery], AT);
    const j = a.judgments.find((x) => x.id === "militants-cross");
    expect(j?.confidence?.level).not.toBe("high");
    expect(j?.likelihood).toBe("very unlikely");
    expect(j?.probability).toBeGreaterThanOrEqual(0.05);
    expect(j?.reasons[0]).toMatch(/^held at very unlikely: the reporting is not strong enough/);
  });
});
