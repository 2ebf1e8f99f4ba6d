import { describe, expect, it } from "vitest";
import type { Conflict } from "../../../src/core/themes/assessment.js";
import { claimsOf } from "../../../src/core/themes/conflicts-claims.js";
import { collectReports, type SourceDocument } from "../../../src/core/themes/reports.js";
import { conflictsOf, paragraphsDocument } from "../../support/themes.js";

/**
 * Conflicting reporting, on short texts written for these tests: a force told of as "United
 * States personnel" or "U.S. troops".
 */

const AT = new Date("2026-12-08T12:00:00Z");
const valuesOf = (cs: Conflict[]) =>
  cs.map((c) => c.claims.map((x) => x.value).sort((a, b) => (a ?? 0) - (b ?? 0)));
const figures = (docs: SourceDocument[]) => conflictsOf(docs, AT).filter((c) => c.kind === "figures");
const kindsOf = (doc: SourceDocument) => claimsOf(collectReports([doc])).map((f) => [f.kind, f.value]);

describe("the force a figure is of", () => {
  it("reads 'United States personnel' and 'U.S. troops' that remain as US troops", () => {
    const prospectus = paragraphsDocument(
      "Risk factors",
      ["About 1,500 United States personnel remain at Erbil air base and Harir."],
      "Oil Company",
      "2026-11-18",
    );
    const wire = paragraphsDocument(
      "Troops in Kurdistan",
      ["About 2,500 U.S. troops remain at Erbil air base and the Harir base, an official said on Tuesday."],
      "Wire",
      "2026-12-02",
    );
    expect(kindsOf(prospectus)).toContainEqual(["troops:us", 1500]);
    expect(kindsOf(wire)).toContainEqual(["troops:us", 2500]);
    expect(valuesOf(figures([prospectus, wire]))).toContainEqual([1500, 2500]);
  });

  it("keeps 'United States' personnel apart from another country's", () => {
    const doc = paragraphsDocument(
      "Troops",
      ["About 1,500 Turkish personnel remain at the Bashiqa base."],
      "Wire",
      "2026-12-02",
    );
    expect(kindsOf(doc)).toContainEqual(["troops:turkish", 1500]);
  });
});

describe("none over a period against an event inside it", () => {
  const report = paragraphsDocument(
    "Tribunal report",
    [
      "Two officers told me that a group of about 30 armed men crossed from Syria near Husaybah on the night of 14 November.",
    ],
    "Expert",
    "2026-11-28",
  );
  it("reads 'no infiltration by armed groups from Syria has been recorded' as none crossed", () => {
    const wire = paragraphsDocument(
      "Border wall",
      [
        "No infiltration by armed groups from Syria has been recorded on the western border since the start of the year, he said.",
      ],
      "Wire",
      "2026-12-06",
    );
    const none = claimsOf(collectReports([wire])).find((f) => f.kind === "crossed");
    expect(none?.hi).toBe(0);
    expect(none?.said.cumulative).toBe(true);
    expect(valuesOf(figures([report, wire]))).toContainEqual([0, 30]);
  });
  it("reads those who told of a crossing as no crossers ('officers told me that a group crossed')", () => {
    const kinds = claimsOf(collectReports([report])).map((f) => [f.kind, f.value]);
    expect(kinds).toContainEqual(["crossed", 30]);
    expect(kinds).not.toContainEqual(["crossed", 2]);
  });
  it("sets no crossing since a month after the event against nothing", () => {
    const wire = paragraphsDocument(
      "Border wall",
      [
        "No infiltration by armed groups from Syria has been recorded on the western border since 20 November, he said.",
      ],
      "Wire",
      "2026-12-06",
    );
    expect(valuesOf(figures([report, wire]))).not.toContainEqual([0, 30]);
  });
});

describe("a month's tally", () => {
  const clash = paragraphsDocument(
    "Clash at Ruwaished",
    [
      "On the night of 21 November a patrol intercepted smugglers near Ruwaished, and 760,000 pills were found in their vehicles.",
    ],
    "Army",
    "2026-12-03",
  );
  it("reads 'during November' as the whole month, no seizure of one day in it", () => {
    const ministry = paragraphsDocument(
      "Clarification",
      ["The Ministry stated that its branch seized 1,400,000 Captagon pills near Ruwaished during November."],
      "Ministry",
      "2026-12-04",
    );
    const claim = claimsOf(collectReports([ministry])).find((f) => f.kind.startsWith("seized:"));
    expect(claim?.said.period).toBe(true);
    expect(new Date(claim?.said.window[0] ?? 0).toISOString().slice(0, 10)).toBe("2026-11-01");
    expect(figures([clash, ministry])).toHaveLength(0);
  });
  it("keeps a month's tally apart from a quarter's", () => {
    const hotline = paragraphsDocument(
      "Quarterly release",
      ["Tips from residents led to the seizure of 2,100,000 Captagon pills near Ruwaished in the quarter."],
      "Department",
      "2026-12-03",
    );
    const ministry = paragraphsDocument(
      "Clarification",
      ["The Ministry stated that its branch seized 1,400,000 Captagon pills near Ruwaished during November."],
      "Ministry",
      "2026-12-04",
    );
    expect(figures([hotline, ministry])).toHaveLength(0);
  });
  it("sets none escaped throughout November against an escape inside it", () => {
    const none = paragraphsDocument(
      "Escapes",
      ["No detainee escaped from the prison in Hasakah throughout November, the administration said."],
      "Administration",
      "2026-12-04",
    );
    const escape = paragraphsDocument(
      "Escape",
      ["Four detainees escaped from the prison in Hasakah on 21 November, a monitor said."],
      "Monitor",
      "2026-12-02",
    );
    expect(valuesOf(figures([none, escape]))).toContainEqual([0, 4]);
  });
});
