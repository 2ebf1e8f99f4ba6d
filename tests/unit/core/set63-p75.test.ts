import { describe, expect, it } from "vitest";
import { conflictsOf, paragraphsDocument } from "../../support/themes.js";

/**
 * Session 68, readings the blind analytic set 63 asked for (conflicts not shown). Real extraction
 * of short texts written here, in wording of their own.
 */

const AT = new Date("2027-01-11T12:00:00Z");
const figureBoxes = (docs: Parameters<typeof conflictsOf>[0]) =>
  conflictsOf(docs, AT)
    .filter((c) => c.kind === "figures")
    .map((c) => c.claims.map((x) => x.value).sort((x, y) => (x ?? 0) - (y ?? 0)));

describe("a report by a named body that puts a figure is that body's account", () => {
  const story = (second: string) =>
    paragraphsDocument(
      "Two tallies of hashish seized in Syria",
      [
        "Syria's Anti-Narcotics Directorate said it seized 14 tonnes of hashish in the first nine months of 2026, most of them near the border with Lebanon.",
        second,
      ],
      "The National (UAE daily)",
      "2026-11-20",
    );

  it("sets the body's figure against the directorate's, told in one article", () => {
    expect(
      figureBoxes([
        story(
          "An annual survey by the European Monitoring Centre for Drugs, released on Monday, puts the hashish seized in Syria over the same period at about 6 tonnes.",
        ),
      ]),
    ).toEqual([[6, 14]]);
  });

  it("reads a report with no named author as no second account", () => {
    expect(
      figureBoxes([
        story(
          "An annual survey, released on Monday, puts the hashish seized in Syria over the same period at about 6 tonnes.",
        ),
      ]),
    ).toEqual([]);
  });
});
