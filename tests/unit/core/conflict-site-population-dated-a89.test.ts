import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Two figures for one measure (set 69's 1004, in wording of its own): a parliament answer quoting
 * a UN agency on how many people "were still held" in a camp at the end of a month, and an aid
 * group's situation report saying the camp "had N residents" on the last day of that month. Both
 * count the people the camp holds, on the same days, and cannot both hold. Real extractor output of
 * short texts.
 */

const AT = new Date("2027-03-20T12:00:00Z");
const answer = sourceDocument(
  "Answer to a written question on Danish children in Syrian camps",
  "According to UNHCR, about 2,600 people were still held in the Roj camp at the end of February, some 40 kilometres from the Iraqi border. The government brought home two children from the camp in January.",
  "Folketinget (written answer)",
  "2027-03-12",
);
const report = (second: string) =>
  sourceDocument(
    "Roj camp: monthly situation report",
    `${second} Our mobile clinics treated 210 patients for scabies during the month.`,
    "Danish Refugee Council (situation report)",
    "2027-03-06",
  );
const populationBoxes = (second: string) =>
  assess(themeFixture("isis-prison-escape"), [answer, report(second)], AT)
    .conflicts.filter((c) => c.kind === "figures")
    .map((c) => c.claims.map((x) => x.value).sort((x, y) => (x ?? 0) - (y ?? 0)));

describe("conflicts: a camp's population told by two accounts for the same days", () => {
  it("sets the camp's registered residents on a day against the figure quoted for that month", () => {
    expect(
      populationBoxes(
        "The Roj camp had 1,950 residents on 28 February, according to the registration lists of the camp administration.",
      ),
    ).toEqual([[1950, 2600]]);
  });

  it("does not set a count of another month against it", () => {
    expect(
      populationBoxes(
        "The Roj camp had 1,950 residents on 30 November, according to the registration lists of the camp administration.",
      ),
    ).toEqual([]);
  });

  it("does not set a population told with no date of its own against it", () => {
    expect(
      populationBoxes(
        "The Roj camp has 1,950 residents, according to the registration lists of the camp administration.",
      ),
    ).toEqual([]);
  });

  it("does not set figures within rounding against each other", () => {
    expect(
      populationBoxes(
        "The Roj camp had 2,540 residents on 28 February, according to the registration lists of the camp administration.",
      ),
    ).toEqual([]);
  });
});
