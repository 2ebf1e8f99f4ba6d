import { describe, expect, it } from "vitest";
import { weighSides } from "../../../src/core/themes/conflicts.js";
import { collectReports } from "../../../src/core/themes/reports.js";
import { sourceDocument, ungraded } from "../../support/themes.js";

/**
 * The line under a box whose one source cannot be graded (set 71, cases 1031 and 1034): "F" says
 * the registry does not know the outlet, not that it is less reliable than a fairly reliable one,
 * so a C source against an F source does not decide the point; a source graded usually reliable
 * (B) still does, and so does a fairly reliable source against a doubtful one (D). Real extractor
 * output and registry grades of short texts written for this test, weighed as a box weighs them.
 */
const count = (figure: string, outlet: string) =>
  sourceDocument(
    "Residents of Roj camp",
    `Roj camp in Hasakah governorate held about ${figure} people at the end of March 2027, most of them women and children from the families of ISIS members.`,
    outlet,
    "2027-04-09",
  );
const lineOf = (a: string, b: string) => {
  const reports = collectReports([count("2,900", a), count("2,350", b)]).filter((r) => r.kind === "quantity");
  const sides = reports.map((r): [string, ReturnType<typeof ungraded.claim>[]] => [
    `figure of ${r.value?.toLocaleString("en-GB")}`,
    [{ ...ungraded.claim(r, "figure"), ...(r.value !== undefined ? { value: r.value } : {}) }],
  ]);
  expect(sides).toHaveLength(2);
  return weighSides(sides, new Map(reports.map((r) => [r.key, r])));
};

describe("conflicts: a fairly reliable source against one that cannot be graded", () => {
  it("leaves the point open: the grades cannot choose between them, and doubts neither", () => {
    const weighed = lineOf("Rudaw", "Qamishli Community Bulletin");
    expect(weighed.analysis).toMatch(/^Neither account is better supported: .*cannot be judged \(F\)/);
    expect(weighed.doubted).toBeUndefined();
  });

  it("guard: a source graded usually reliable still outweighs an ungraded one", () => {
    expect(lineOf("Reuters", "Qamishli Community Bulletin").analysis).toMatch(
      /^The figure of 2,900 is better supported/,
    );
  });

  it("guard: a fairly reliable source against a doubtful one still decides", () => {
    expect(lineOf("Rudaw", "Hawar News Agency").analysis).toMatch(/^The figure of 2,900 is better supported/);
  });
});
