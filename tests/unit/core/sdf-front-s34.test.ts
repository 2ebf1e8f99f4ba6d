import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Set 22, case 346: the SDF moved part of a prison's guard force "to the front near Deir Hafer,
 * where fighting with government forces resumed". The SDF's fighting with government forces is
 * military pressure on the force that guards the prisons; a clash named only as the time of another
 * act ("reinforced after the clashes between the SDF and government forces") is background.
 */

const AT = new Date("2026-12-01T12:00:00Z");
const roles = (sentences: string[], at: number) => {
  const doc = sourceDocument("Story", sentences.join("\n\n"), "Reuters", "2026-11-28");
  return cited(assess(themeFixture("isis-prison-escape"), [doc], AT), doc.article.id, at);
};

describe("the SDF pulled to a front against government forces", () => {
  it("counts the fighting that draws the prison's guards away as pressure on the SDF", () => {
    const r = roles(
      [
        "Twenty-three detainees fled the Panorama prison in Hasakah through a tunnel on 26 November, SOHR said.",
        "The AFP piece also says the SDF had moved part of the prison's guard force to the front near Deir Hafer, where fighting with government forces resumed in mid-November.",
      ],
      1,
    );
    expect(r).toContain("driver:sdf-under-pressure");
  });

  it("leaves a clash named as the time of a reinforcement to the reinforcement", () => {
    const r = roles(
      [
        "The SDF holds about 9,000 ISIS detainees in its prisons in Hasakah, an official told Enab Baladi.",
        "He added that guard units at the prisons had been reinforced after the clashes between the SDF and government forces last autumn.",
      ],
      1,
    );
    expect(r).not.toContain("driver:sdf-under-pressure");
  });
});

describe("a detention site retaken by the force that guards it", () => {
  it("counts the wing retaken by the Internal Security Forces as control of the site", () => {
    const r = roles(
      [
        "Detainees rioted in a wing of the Al-Aqtan prison north of Raqqa on 22 November, Enab Baladi reported.",
        "By the next afternoon the Internal Security Forces had retaken the wing and moved the remaining 410 detainees to the prison in Al-Shaddadi under heavy guard.",
      ],
      1,
    );
    expect(r).toContain("mitigator:sdf-control");
  });
});
