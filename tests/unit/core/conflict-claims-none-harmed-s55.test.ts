import { describe, expect, it } from "vitest";
import { claimsOf } from "../../../src/core/themes/conflicts-claims.js";
import { collectReports } from "../../../src/core/themes/reports.js";
import { paragraphsDocument } from "../../support/themes.js";

/**
 * Session 55 (neg), on invented sentences: "no member of the <force> was harmed" is a toll of none
 * of that force, killed or wounded; "a <soldier> was killed", opening a sentence, a toll of one of
 * his side (a smuggler's is the smugglers').
 */
const read = (...paragraphs: string[]) =>
  claimsOf(
    collectReports([paragraphsDocument("t", paragraphs, "Lebanese Army (statement)", "2026-12-10")]),
  ).map((f) => [f.kind, f.value]);

describe("a toll of none told as no member harmed", () => {
  it("reads no member of a named force harmed as none of the forces killed or wounded", () => {
    const claims = read(
      "Army units clashed with a group of armed smugglers near Hermel at dawn on Tuesday.",
      "No member of the Lebanese Armed Forces was harmed in the operation.",
    );
    expect(claims).toContainEqual(["killed:forces", 0]);
    expect(claims).toContainEqual(["wounded:forces", 0]);
  });
});

describe("a toll of one opening the sentence", () => {
  it("reads a soldier killed as one of the forces", () => {
    expect(
      read("A Lebanese soldier was killed and three were wounded in a clash near Hermel on Tuesday."),
    ).toContainEqual(["killed:forces", 1]);
  });
  it("reads a smuggler killed as one of the smugglers, not of the forces", () => {
    const claims = read("A smuggler was killed in a clash with the army near Hermel on Tuesday.");
    expect(claims).not.toContainEqual(["killed:forces", 1]);
  });
});
