import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Two figures for one measure (set 71, case 1031): "about 2,630" told by an aid agency and 2,380
 * counted by the camp's administration for the same day are two accounts, though "about" was read
 * as a fifth either way of any figure, which took in the other. A figure given to three significant
 * digits was counted and rounded, not guessed: its "about" reaches a twentieth of it. A round figure
 * ("about 2,600") keeps its fifth. Real extractor output of short texts.
 */

const AT = new Date("2026-12-20T12:00:00Z");
const agency = (figure: string, when = "at the end of November 2026", camp = "Roj camp") =>
  sourceDocument(
    "Camp monthly update",
    `${camp} in the far north-east of Hasakah held about ${figure} residents ${when}, most of them children of foreign ISIS members. Figures are compiled from partner distribution lists.`,
    "Norwegian Refugee Council (update)",
    "2026-12-09",
  );
const administration = sourceDocument(
  "Roj camp administration: 2,380 residents",
  "The camp held 2,380 people on 30 November 2026, the administration of Roj camp said in a statement. The administration urged the countries concerned to take back their nationals.",
  "Roj Camp Administration (statement)",
  "2026-12-04",
);
const boxes = (figure: string, when?: string, camp?: string) =>
  assess(
    themeFixture("isis-prison-escape"),
    [agency(figure, when, camp), administration],
    AT,
  ).conflicts.filter((c) => c.kind === "figures" && c.claims.some((x) => x.value === 2_380));

describe("conflicts: a figure told to its tens against another count of the same day", () => {
  it("sets the agency's 'about 2,630' against the administration's 2,380", () => {
    const [box, ...rest] = boxes("2,630");
    expect(rest).toEqual([]);
    expect(box?.claims.map((x) => x.value).sort()).toEqual([2_380, 2_630]);
  });

  it("does not box a figure within its rounding ('about 2,410')", () => {
    expect(boxes("2,410")).toEqual([]);
  });

  it("does not box a round figure within a fifth ('about 2,600')", () => {
    expect(boxes("2,600")).toEqual([]);
  });

  it("does not box the same figure told of another month", () => {
    expect(boxes("2,630", "at the end of July 2026")).toEqual([]);
  });

  it("does not box the same figure told of another camp", () => {
    expect(boxes("2,630", undefined, "Al-Hol camp")).toEqual([]);
  });
});
