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
    const escaped = paragraphsDocument(
      "Escape",
      ["Four detainees escaped from the prison in Hasakah on 21 November, a monitor said."],
      "Monitor",
      "2026-12-02",
    );
    expect(valuesOf(figures([none, escaped]))).toContainEqual([0, 4]);
  });
});

describe("attempts foiled in a year", () => {
  it("reads each year's count of foiled attempts, the second with its noun unsaid", () => {
    const doc = paragraphsDocument(
      "Call for papers",
      [
        "According to the Command's figures, its units foiled 41 infiltration attempts in 2024 and 9 in 2025.",
      ],
      "University",
      "2026-11-20",
    );
    const found = claimsOf(collectReports([doc])).map((f) => [
      f.kind,
      f.value,
      new Date(f.said.window[0]).getUTCFullYear(),
    ]);
    expect(found).toContainEqual(["foiled", 41, 2024]);
    expect(found).toContainEqual(["foiled", 9, 2025]);
  });
  it("sets two counts of one year against each other when the article says they disagree", () => {
    const doc = paragraphsDocument(
      "Call for papers",
      [
        "According to the Command's figures, its units foiled 41 infiltration attempts in 2024 and 9 in 2025.",
        "The paper notes that the Command's annual report counts 17 foiled attempts in 2025, a figure the organisers have not been able to reconcile with the first.",
      ],
      "University",
      "2026-11-20",
    );
    const found = valuesOf(figures([doc]));
    expect(found).toContainEqual([9, 17]);
    expect(found).not.toContainEqual([17, 41]);
  });
  it("keeps one article's two counts of a year apart when it does not say they disagree", () => {
    const doc = paragraphsDocument(
      "Call for papers",
      [
        "According to the Command's figures, its units foiled 41 infiltration attempts in 2024 and 9 in 2025.",
        "The paper notes that the Command's annual report counts 17 foiled attempts in 2025.",
      ],
      "University",
      "2026-11-20",
    );
    expect(figures([doc])).toHaveLength(0);
  });
});

describe("a toll of wounded only", () => {
  const advisory = paragraphsDocument(
    "Client advisory",
    [
      "On the evening of 29 November, ISIS gunmen ambushed an army supply convoy east of Al-Sukhnah, killing six soldiers.",
    ],
    "Risk Firm",
    "2026-12-04",
  );
  it("reads soldiers wounded at a place on a day, with no death named, as none of them killed", () => {
    const sana = paragraphsDocument(
      "Lorry accident",
      [
        "Two soldiers were injured on the evening of 29 November when a military lorry overturned east of Al-Sukhnah.",
      ],
      "State News",
      "2026-12-01",
    );
    expect(valuesOf(figures([advisory, sana]))).toContainEqual([0, 6]);
  });
  it("reads no such none from a wound told with a death, or with no place", () => {
    const withDeath = paragraphsDocument(
      "Lorry accident",
      [
        "Two soldiers were injured on the evening of 29 November east of Al-Sukhnah, and the driver died in hospital.",
      ],
      "State News",
      "2026-12-01",
    );
    const nowhere = paragraphsDocument(
      "Incident log",
      ["An officer told our supervisor that one of their soldiers had been wounded in the tower."],
      "Contractor",
      "2026-12-01",
    );
    expect(valuesOf(figures([advisory, withDeath]))).not.toContainEqual([0, 6]);
    expect(valuesOf(figures([advisory, nowhere]))).not.toContainEqual([0, 6]);
  });
});
