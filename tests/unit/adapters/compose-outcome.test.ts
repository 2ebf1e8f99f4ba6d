import { describe, expect, it } from "vitest";
import { outcomeLines } from "../../../src/adapters/templates/view/compose-outcome.js";
import type { Assessment, JudgmentResult } from "../../../src/core/themes/assessment.js";
import { themeFixture } from "../../support/themes.js";

/** The BLUF says so when the sources already report what a judgment forecasts. */

const badia = themeFixture("isis-badia-insurgency");
const judgment = (over: Partial<JudgmentResult>) =>
  ({ id: "town-seized", probability: 0.55, outcomeReported: ["a1#3"], ...over }) as JudgmentResult;
const lines = (...judgments: JudgmentResult[]) =>
  outcomeLines({ judgments } as Pick<Assessment, "judgments">, badia);

describe("BLUF: an outcome already reported", () => {
  it("says the sources already report the outcome a judgment forecasts", () => {
    expect(lines(judgment({}))).toEqual([
      "The sources already report ISIS holding a town or village in the desert for more than a day in the past 6 months (one sentence, undisputed).",
    ]);
  });

  it("says nothing for a judgment with no outcome reported, or none made", () => {
    expect(lines(judgment({ outcomeReported: undefined }), judgment({ probability: null }))).toEqual([]);
  });
});
