import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Set 22's border and prison misses, as classes: a regiment moved to a border sector, forces moved
 * up in a story set at a border town (Husaybah, beside Al-Qaim), cameras that "watch the Syrian
 * side" in a story set on Iraq's wall.
 */

const AT = new Date("2026-12-01T12:00:00Z");
const roles = (theme: string, sentences: string[], at: number) => {
  const doc = sourceDocument("Story", sentences.join("\n\n"), "Reuters", "2026-11-28");
  return cited(assess(themeFixture(theme), [doc], AT), doc.article.id, at);
};

describe("forces on Iraq's border with Syria", () => {
  it("counts regiments moved to border sectors as forces deployed", () => {
    const r = roles(
      "border-fortification",
      [
        "Iraq's Ministry of Interior told Parliament that cameras now cover most of the western border.",
        "Auditors found that 214 of the cameras were never installed.",
        "Two additional border guard regiments were moved to the Al-Waleed and Akashat sectors in February.",
      ],
      2,
    );
    expect(r).toContain("mitigator:forces-deployed");
  });

  it("counts a battalion moved up in a story set at Husaybah as forces deployed", () => {
    const r = roles(
      "border-fortification",
      [
        "The first thing you see on Iraq's border wall at Husaybah at dusk is the floodlights.",
        "The concrete wall here is three and a half metres high, with a trench in front of it.",
        "Since the attack a battalion of the army's 8th Division has been moved up to the sector.",
      ],
      2,
    );
    expect(r).toContain("mitigator:forces-deployed");
  });

  it("reads cameras that watch the Syrian side in the story's place, Iraq's wall", () => {
    const r = roles(
      "border-fortification",
      [
        "Iraq's concrete wall on the border at Husaybah is three and a half metres high, with a trench in front of it.",
        "The soldiers say this stretch was finished in the spring.",
        "Thermal cameras on steel masts watch the Syrian side, and the soldiers of the border guard follow them on a screen.",
      ],
      2,
    );
    expect(r).toContain("mitigator:surveillance");
  });

  it("still reads a sentence that names Syria as a place as set there", () => {
    const r = roles(
      "border-fortification",
      [
        "Iraq's concrete wall on the border at Husaybah is three and a half metres high, with a trench in front of it.",
        "The soldiers say this stretch was finished in the spring.",
        "In Syria, thermal cameras on steel masts watch the desert roads near Deir ez-Zor.",
      ],
      2,
    );
    expect(r).not.toContain("mitigator:surveillance");
  });
});
