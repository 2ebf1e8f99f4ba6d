import { describe, expect, it } from "vitest";
import { conflictsOf, paragraphsDocument } from "../../support/themes.js";

/**
 * Rule 14 of the analytic convention (tests/fixtures/analysis/ANNOTATION.md, session 71): a figure
 * corrected by the outlet or body that first told it is a revision, not a conflict; a first figure
 * told by another outlet stays a conflict, the correction the better supported.
 */
const AT = new Date("2027-02-20T12:00:00Z");
const tolls = (docs: ReturnType<typeof paragraphsDocument>[]) =>
  conflictsOf(docs, AT)
    .filter((c) => c.kind === "figures")
    .map((c) => c.claims.map((x) => x.value ?? 0).sort((x, y) => x - y));

describe("a figure and its correction", () => {
  it("reads a command's correction of its own toll, relayed in one report, as a revision", () => {
    const report = paragraphsDocument(
      "Toll revised",
      [
        "On 2 February the Euphrates Operations Command said its troops had killed nine infiltrators in the desert west of Al-Qaim.",
        "On Thursday the command corrected the figure, saying that four infiltrators had been killed and that the initial figure had been an estimate.",
      ],
      "Al Sumaria",
      "2027-02-06",
    );
    expect(tolls([report])).toEqual([]);
  });

  it("keeps the box when another outlet first told the figure the command later corrected", () => {
    const wire = paragraphsDocument(
      "Nine infiltrators killed",
      [
        "Iraqi troops killed nine infiltrators in the desert west of Al-Qaim on 2 February, a security source told the agency.",
      ],
      "Anadolu Agency",
      "2027-02-03",
    );
    const command = paragraphsDocument(
      "Statement of the Euphrates Operations Command",
      [
        "After a search of the area, the bodies of four infiltrators were found west of Al-Qaim, where our troops stopped a group crossing from Syria on 2 February.",
      ],
      "Euphrates Operations Command",
      "2027-02-05",
    );
    expect(tolls([wire, command])).toEqual([[4, 9]]);
  });
});
