import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { claimsOf } from "../../../src/core/themes/conflicts-claims.js";
import { collectReports } from "../../../src/core/themes/reports.js";
import { paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * Conflicts from claims, on short texts written for these tests: a count told right after a date
 * that already gave its day ("on the night of 27 November nine detainees escaped"), and a part of
 * that group told later ("three of them remain at large"), which does not revise the count.
 */

const AT = new Date("2026-12-02T12:00:00Z");

const inquiry = paragraphsDocument(
  "Findings of the commission of inquiry into the prison escape",
  [
    "The commission finds that on the night of 27 November nine detainees escaped from the eastern block of Al-Shaddadi prison over the perimeter wall.",
    "Six of the nine were recaptured within 48 hours in the villages south of Al-Shaddadi, and three of them remain at large.",
  ],
  "Autonomous Administration of North and East Syria",
  "2026-12-02",
);
const wire = paragraphsDocument(
  "Dozens of jihadists escape Syria prison",
  [
    "At least 31 suspected jihadists escaped on Friday night from a prison in the northeast Syrian town of Al-Shaddadi run by Kurdish-led forces, a local official told AFP.",
  ],
  "AFP",
  "2026-11-30",
);

describe("a count told after a day and month", () => {
  it("reads 'on 27 November nine detainees escaped' as nine escaped", () => {
    const read = claimsOf(collectReports([inquiry])).filter((f) => f.kind === "escaped");
    expect(read.map((f) => f.value)).toContain(9);
  });

  it("still reads a bare day after a month as a date, not a count", () => {
    const doc = paragraphsDocument(
      "Escape",
      ["Detainees escaped from Al-Shaddadi prison on November 27 2026, officials said."],
      "AFP",
      "2026-11-30",
    );
    expect(claimsOf(collectReports([doc])).filter((f) => f.kind === "escaped")).toEqual([]);
  });

  it("sets the commission's nine against the wire's at least 31, the part at large not replacing the count", () => {
    const found = assess(themeFixture("isis-prison-escape"), [inquiry, wire], AT).conflicts.filter(
      (c) => c.kind === "figures",
    );
    const values = found.map((c) => c.claims.map((x) => x.value ?? 0).sort((a, b) => a - b));
    expect(values.some((v) => v.includes(9) && v.includes(31))).toBe(true);
  });
});
