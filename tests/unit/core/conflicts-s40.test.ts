import { describe, expect, it } from "vitest";
import type { Conflict } from "../../../src/core/themes/assessment.js";
import { claimsOf } from "../../../src/core/themes/conflicts-claims.js";
import { collectReports, type SourceDocument } from "../../../src/core/themes/reports.js";
import { conflictsOf, paragraphsDocument } from "../../support/themes.js";

/**
 * Conflicting reporting, on short texts written for these tests: the "suspected members" a raid
 * killed, a breakout ranked "the largest this year", a whole frontier's count against one
 * sector's, "of the 20 radars, only twelve work", and shots fired against none fired.
 */

const AT = new Date("2026-12-08T12:00:00Z");
const valuesOf = (cs: Conflict[]) =>
  cs.map((c) => c.claims.map((x) => x.value).sort((a, b) => (a ?? 0) - (b ?? 0)));
const figures = (docs: SourceDocument[]) => conflictsOf(docs, AT).filter((c) => c.kind === "figures");

describe("whose dead, and which figure is a tally", () => {
  it("reads suspected members a raid killed as militants, never as the forces", () => {
    const doc = paragraphsDocument(
      "Raids in the desert",
      ["Security forces raided three hideouts near Deir Hafer on 2 December, killing 11 suspected members."],
      "Monitor",
      "2026-12-04",
    );
    const kinds = claimsOf(collectReports([doc])).map((f) => [f.kind, f.value]);
    expect(kinds).toContainEqual(["killed:militants", 11]);
    expect(kinds).not.toContainEqual(["killed:forces", 11]);
  });

  it("keeps a soldiers' toll standing when the same monitor later counts suspects killed in raids", () => {
    const monitor = paragraphsDocument(
      "Desert toll",
      [
        "The worst attack was on the Maskanah checkpoint on 29 November, in which seven soldiers were killed.",
        "The Monitor also documented four raids in the same period, which killed 15 suspected ISIS members.",
      ],
      "Desert Monitor",
      "2026-12-04",
    );
    const state = paragraphsDocument(
      "Army statement",
      ["Terrorists attacked a checkpoint at Maskanah on 29 November, and two soldiers were martyred."],
      "State News",
      "2026-12-01",
    );
    const found = valuesOf(figures([monitor, state]));
    expect(found).toContainEqual([2, 7]);
    expect(found).not.toContainEqual([2, 15]);
  });

  it("reads a count ranked 'the largest this year' as one event's, set against another account of it", () => {
    const wire = paragraphsDocument(
      "Breakout at Hasakah prison",
      [
        "At least 30 detainees escaped from the central prison in Hasakah early on Tuesday, in the largest breakout in the province this year, a monitor said.",
      ],
      "Wire",
      "2026-12-03",
    );
    const inquiry = paragraphsDocument(
      "Inquiry terms",
      [
        "On the night of 1 to 2 December 2026, nine detainees left the central prison in Hasakah through a hole in the wall.",
      ],
      "Local Council",
      "2026-12-05",
    );
    const claim = claimsOf(collectReports([wire])).find((f) => f.kind === "escaped");
    expect(claim?.said.cumulative).toBe(false);
    expect(valuesOf(figures([wire, inquiry]))).toContainEqual([9, 30]);
  });

  it("still reads a tally 'so far this year' as a tally", () => {
    const doc = paragraphsDocument(
      "Escapes",
      ["So far this year 48 detainees have escaped from the central prison in Hasakah."],
      "Wire",
      "2026-12-03",
    );
    expect(claimsOf(collectReports([doc])).find((f) => f.kind === "escaped")?.said.cumulative).toBe(true);
  });
});

describe("a whole frontier and one of its sectors", () => {
  const sector = paragraphsDocument(
    "Sector commander's note",
    ["In October my battalion near Rabia arrested 12 people trying to cross."],
    "Border Gazette",
    "2026-11-10",
  );
  const whole = (n: string) =>
    paragraphsDocument(
      "Command statement",
      [
        `The Command said it arrested ${n} people trying to cross near Rabia and across the entire northern border in October.`,
      ],
      "State Agency",
      "2026-11-08",
    );

  it("sets no conflict when the whole border's count is above the sector's", () => {
    expect(valuesOf(figures([sector, whole("30")]))).not.toContainEqual([12, 30]);
  });

  it("still sets one when the whole border's count is below the sector's", () => {
    expect(valuesOf(figures([sector, whole("eight")]))).toContainEqual([8, 12]);
  });
});

describe("equipment: the whole named first, then the part that works", () => {
  it("reads 'of the 20 radars, only twelve work' as eight out of service, against all said working", () => {
    const note = paragraphsDocument(
      "Handover note",
      [
        "Our battalion holds the line east of Sinjar.",
        "Of the 20 radars on our stretch near Sinjar, only twelve work, and the rest wait for parts.",
      ],
      "Kurdistan Weekly",
      "2026-12-06",
    );
    const command = paragraphsDocument(
      "Command statement",
      ["The spokesman said all the radars near Sinjar are operating around the clock."],
      "State Agency",
      "2026-12-05",
    );
    const kinds = claimsOf(collectReports([note])).map((f) => [f.kind, f.value]);
    expect(kinds).toContainEqual(["out-of-service:radars", 8]);
    expect(valuesOf(figures([note, command]))).toContainEqual([0, 8]);
  });
});

describe("shots fired against none fired", () => {
  const army = paragraphsDocument(
    "Army: smugglers opened fire",
    [
      "On the night of 14 November a patrol stopped a convoy of smugglers near Al-Omari.",
      "The smugglers opened fire on the patrol near Al-Omari, and the soldiers returned fire.",
    ],
    "Army News",
    "2026-11-15",
  );

  const ministry = (where: string) =>
    paragraphsDocument(
      "Ministry clarification",
      [
        `The incident near ${where} on 14 November involved herders, the ministry said.`,
        `The ministry said no shots were fired when the patrol stopped the herders near ${where} that night.`,
      ],
      "Other Ministry",
      "2026-11-18",
    );
  const fire = (docs: SourceDocument[]) =>
    conflictsOf(docs, AT).filter((c) => /shots were fired/.test(c.topic));

  it("sets an account that no shots were fired against one that the smugglers opened fire", () => {
    const found = fire([army, ministry("Al-Omari")]);
    expect(found).toHaveLength(1);
    expect(found[0]?.claims.map((c) => c.stance).sort()).toEqual(["asserts", "denies"]);
  });

  it("answers no account of shots at another town", () => {
    expect(fire([army, ministry("Ramtha")])).toHaveLength(0);
  });

  it("reads 'did not open fire' as no account of shots fired", () => {
    const held = paragraphsDocument(
      "Army: smugglers surrendered",
      [
        "On the night of 14 November a patrol stopped a convoy of smugglers near Al-Omari.",
        "The smugglers did not open fire on the patrol near Al-Omari and surrendered with their load.",
      ],
      "Army News",
      "2026-11-15",
    );
    expect(fire([held, ministry("Al-Omari")])).toHaveLength(0);
  });
});

describe("a crossing denied from one side, and the dead said to be of another side", () => {
  it("sets 'about a dozen armed men crossed' against 'no infiltration from the Syrian side had been recorded'", () => {
    const engineers = paragraphsDocument(
      "Site report",
      ["Our engineers saw about a dozen armed men cross from Syria near Rabia on the night of 9 November."],
      "Contractor",
      "2026-11-25",
    );
    const command = paragraphsDocument(
      "Command statement",
      [
        "The commander said that no infiltration from the Syrian side had been recorded near Rabia during November.",
      ],
      "State Agency",
      "2026-12-01",
    );
    const kinds = claimsOf(collectReports([engineers, command])).map((f) => [f.kind, f.value]);
    expect(kinds).toContainEqual(["crossed", 12]);
    expect(kinds).toContainEqual(["crossed", 0]);
    expect(valuesOf(figures([engineers, command]))).toContainEqual([0, 12]);
  });

  it("reads 'dozens of' as no figure", () => {
    const doc = paragraphsDocument(
      "Crossings",
      ["Dozens of men crossed from Syria near Rabia on the night of 9 November."],
      "Contractor",
      "2026-11-25",
    );
    expect(claimsOf(collectReports([doc])).map((f) => f.value)).not.toContain(12);
  });

  const army = paragraphsDocument(
    "Army: smugglers killed",
    ["On the night of 8 November four smugglers were killed near Al-Omari when they fired on a patrol."],
    "Army News",
    "2026-11-09",
  );
  const ministry = (said: string) =>
    paragraphsDocument(
      "Ministry clarification",
      [
        "The ministry issued a statement on Friday about an incident near Al-Omari on 8 November.",
        "It said the patrol had been told of a convoy.",
        said,
      ],
      "Other Ministry",
      "2026-11-20",
    );

  it("sets 'the four killed that night were herders, not smugglers' against the smugglers' toll, though the figures agree", () => {
    const other = ministry(
      "The four people killed that night were herders from a nearby village, not smugglers.",
    );
    const found = figures([army, other]);
    expect(valuesOf(found)).toContainEqual([4, 4]);
  });

  it("sets no herders' toll against the smugglers' when it rules out no side", () => {
    const other = ministry("The four people killed that night were herders from a nearby village.");
    expect(valuesOf(figures([army, other]))).not.toContainEqual([4, 4]);
  });
});

describe("a crossing said never to have reached the country", () => {
  const mission = paragraphsDocument(
    "Mission briefing",
    [
      "A group of about 30 armed men crossed from Syria near Rabia on the night of 12 November, the mission said.",
    ],
    "UN Mission",
    "2026-11-13",
  );
  it("sets 'the attackers did not set foot on our soil' against about 30 who crossed", () => {
    const command = paragraphsDocument(
      "Command statement",
      [
        "The Command said its forces repelled an attack near Rabia on the night of 12 November.",
        "The attackers did not set foot on our soil, and our soldiers confronted them at the wall itself, the statement said.",
      ],
      "State Agency",
      "2026-11-13",
    );
    expect(claimsOf(collectReports([command])).map((f) => [f.kind, f.value])).toContainEqual(["crossed", 0]);
    expect(valuesOf(figures([mission, command]))).toContainEqual([0, 30]);
  });
});

describe("a quarter's tally, and the place the dead came from", () => {
  it("reads a figure 'in the quarter' as a tally, never one seizure's count", () => {
    const doc = paragraphsDocument(
      "Quarterly release",
      [
        "Tips led to the seizure of 900,000 Captagon pills near Jaber in the quarter, against 400,000 in the previous quarter.",
      ],
      "Anti-Narcotics Department",
      "2026-12-03",
    );
    const pills = claimsOf(collectReports([doc])).find(
      (f) => f.kind === "seized:pills" && f.value === 900_000,
    );
    expect(pills?.said.cumulative).toBe(true);
  });

  it("names a toll's place where it happened, not the village its dead came from", () => {
    const army = paragraphsDocument(
      "Army: smugglers killed",
      [
        "On the night of 8 November a patrol met a group of smugglers near Al-Omari.",
        "Four smugglers were killed in the exchange, and 300,000 pills were found.",
      ],
      "Army News",
      "2026-11-09",
    );
    const other = paragraphsDocument(
      "Ministry clarification",
      [
        "The ministry issued a statement about an incident near Al-Omari on 8 November.",
        "It said the patrol had been told of a convoy.",
        "The four people killed that night were herders from the Al-Hamad area, not smugglers.",
      ],
      "Other Ministry",
      "2026-11-20",
    );
    const found = figures([army, other]).filter((c) => c.claims.length === 2);
    expect(found.map((c) => c.topic)).toContain("The number killed (smugglers)");
  });
});

describe("posts said to carry equipment", () => {
  it("sets 'of the 30 towers, 18 were fitted with cameras' against 'all towers are equipped with cameras'", () => {
    const claimant = paragraphsDocument(
      "Request for arbitration",
      [
        "Of the 30 watchtowers near Rabia, 18 were fitted with thermal cameras, and the other towers stand empty.",
      ],
      "Contractor's counsel",
      "2026-12-01",
    );
    const command = paragraphsDocument(
      "Command statement",
      ["The commander said all watchtowers near Rabia are equipped with thermal cameras."],
      "State Agency",
      "2026-12-03",
    );
    const kinds = claimsOf(collectReports([claimant, command])).map((f) => [f.kind, f.value]);
    expect(kinds).toContainEqual(["unequipped:watchtowers", 12]);
    expect(kinds).toContainEqual(["unequipped:watchtowers", 0]);
    expect(valuesOf(figures([claimant, command]))).toContainEqual([0, 12]);
  });
});
