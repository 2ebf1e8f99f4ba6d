import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * A region named to locate a site: "Al-Hol camp in the far north-east of Hasakah held about 31,000
 * residents" counts Al-Hol, and its "Hasakah" says no more than the camp does. Read as a second
 * place of the figure, the governorate held Roj camp, another of its sites, so Al-Hol's count was
 * boxed against Roj camp's 2,380. The same count set against another count of Al-Hol itself stays
 * a conflict. Real extractor output of short texts.
 */

const AT = new Date("2026-12-20T12:00:00Z");
const agency = sourceDocument(
  "Camp monthly update",
  "Al-Hol camp in the far north-east of Hasakah held about 31,000 residents at the end of November 2026, most of them children of foreign ISIS members. Figures are compiled from partner distribution lists.",
  "Norwegian Refugee Council (update)",
  "2026-12-09",
);
const administration = (camp: string, figure: string) =>
  sourceDocument(
    `${camp} administration: ${figure} residents`,
    `The camp held ${figure} people on 30 November 2026, the administration of ${camp} said in a statement. The administration urged the countries concerned to take back their nationals.`,
    `${camp} Administration (statement)`,
    "2026-12-04",
  );
const figureBoxes = (other: ReturnType<typeof administration>) =>
  assess(themeFixture("isis-prison-escape"), [agency, other], AT).conflicts.filter(
    (c) => c.kind === "figures",
  );

describe("conflicts: a region that locates a site is not a second place of its figure", () => {
  it("does not set Al-Hol's count against Roj camp's, a site of the same governorate", () => {
    expect(figureBoxes(administration("Roj camp", "2,380"))).toEqual([]);
  });

  it("still sets it against another count of Al-Hol for the same day", () => {
    const [box, ...rest] = figureBoxes(administration("Al-Hol camp", "24,100"));
    expect(rest).toEqual([]);
    expect(box?.claims.map((x) => x.value).sort()).toEqual([24_100, 31_000]);
  });
});
