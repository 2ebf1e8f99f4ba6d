import { describe, expect, it } from "vitest";
import { collectReports } from "../../../src/core/themes/reports.js";
import { paragraphsDocument } from "../../support/themes.js";

/**
 * Session 32 (h19 303): a statement whose lede names no place is about what it names most, and
 * first, not about a camp named once in its closing lines. A sentence that names nothing specific
 * ("the census found every inmate present") borrows the story's anchors; a camp named in passing
 * at the end made it a claim about that camp.
 */

const anchorsOf = (paragraphs: string[], sentence: number) => {
  const doc = paragraphsDocument("Statement", paragraphs, "Rudaw", "2026-11-30");
  return collectReports([doc])
    .filter((r) => r.sentence === sentence)
    .flatMap((r) => r.anchors);
};

describe("the story's anchor when the lede names no place", () => {
  const statement = (closing: string) => [
    "The office informs the public of the following.",
    "After the incident on the night of Tuesday, a census of the inmates was carried out by a joint committee.",
    "The census found every registered inmate present in his ward.",
    "Gunmen carried out repeated attacks on checkpoints of the police around Qamishli during November.",
    "Our centres hold thousands of detainees from more than fifty countries.",
    closing,
  ];

  it("is the place named first past the lede, not a camp named once at the end", () => {
    const anchors = anchorsOf(
      statement("The office notes that 46 Iraqi families were returned from Al-Hol camp last week."),
      1,
    );
    expect(anchors).toContain("qamishli");
    expect(anchors).not.toContain("al hol camp");
  });

  it("is still the place named most, wherever it comes", () => {
    const anchors = anchorsOf(
      [
        ...statement("The office notes that 46 Iraqi families were returned from Al-Hol camp last week."),
        "Families in Al-Hol camp have waited for months for the next convoy.",
      ],
      1,
    );
    expect(anchors).toContain("al hol camp");
  });
});
