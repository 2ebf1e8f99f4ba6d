import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import type { Assessment } from "../../../src/core/themes/assessment.js";
import { claimsOf } from "../../../src/core/themes/conflicts-claims.js";
import { collectReports } from "../../../src/core/themes/reports.js";
import { paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 69, counts of one party the blind analytic set 61 left apart, on invented sentences: a
 * force named by its own name (the Bundeswehr), a force's size told in a sentence dated by a
 * planned withdrawal.
 */
const AT = new Date("2027-02-20T12:00:00Z");
const kinds = (paragraphs: string[], outlet = "Reuters", date = "2027-02-10") =>
  claimsOf(collectReports([paragraphsDocument("Story", paragraphs, outlet, date)])).map((f) => [
    f.kind,
    f.value,
  ]);
const figureBoxes = (a: Assessment) =>
  a.conflicts
    .filter((c) => c.kind === "figures")
    .map((c) => c.claims.map((x) => x.value ?? 0).sort((x, y) => x - y));

describe("a force named by its own name", () => {
  it("reads Bundeswehr soldiers stationed somewhere as German troops", () => {
    expect(
      kinds(["Some 180 Bundeswehr soldiers are stationed at the Al-Asad air base, the ministry said."]),
    ).toContainEqual(["troops:german", 180]);
  });
});

describe("a force's size in a sentence dated by a planned withdrawal", () => {
  it("sets those counted by what they do now against the force's own count", () => {
    const daily = paragraphsDocument(
      "Allies to leave Sulaymaniyah",
      [
        "The alliance will pull its last units out of Sulaymaniyah by the end of June, among them the roughly 60 German soldiers who instruct the Kurdish police, sources in Baghdad said.",
      ],
      "Shafaq News",
      "2027-02-12",
    );
    const ministry = paragraphsDocument(
      "Contingent in Sulaymaniyah",
      [
        "Reports of a pull-out are not correct.",
        "Around 210 Bundeswehr soldiers are deployed in Sulaymaniyah, and their mandate runs for another year.",
      ],
      "German Federal Ministry of Defence",
      "2027-02-13",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [daily, ministry], AT);
    expect(figureBoxes(a)).toContainEqual([60, 210]);
  });
});
