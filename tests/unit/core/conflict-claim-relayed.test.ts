import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { claimsOf } from "../../../src/core/themes/conflicts-claims.js";
import { collectReports } from "../../../src/core/themes/reports.js";
import { paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * Conflicting figures that one document relays from two named sources (a country-of-origin
 * query response, a parliamentary report), on short texts written for these tests: a month the
 * sentence names against a later story day, a figure dated only by "in the same period", and a
 * body's records as the one who counts.
 */

const AT = new Date("2026-11-30T12:00:00Z");

describe("conflicts from claims: two sources relayed in one document", () => {
  const query = paragraphsDocument(
    "Query response: security in Roj camp",
    [
      "This query response covers security incidents in Roj camp in Hasakah governorate reported between September and November 2026.",
      "On 16 November, camp guards detained two smugglers at a checkpoint near Al-Malikiyah, according to the camp administration.",
      "The Syrian Observatory for Human Rights reported that 14 women escaped from the camp in September with the help of smugglers.",
      "The camp administration, quoted by Hawar News Agency, stated that four women left the camp in September and that all of them were caught at a checkpoint near Al-Malikiyah.",
    ],
    "European Union Agency for Asylum",
    "2026-11-20",
  );

  it("dates a figure by the month its sentence names, not by a later story day of its document", () => {
    const read = claimsOf(collectReports([query])).filter((f) => f.kind === "escaped");
    const four = read.find((f) => f.value === 4);
    expect(four).toBeDefined();
    expect(new Date(four?.said.window[0] ?? 0).toISOString().slice(0, 7)).toBe("2026-09");
  });

  it("sets the monitor's count against the administration's, both relayed by one document", () => {
    const found = assess(themeFixture("isis-prison-escape"), [query], AT).conflicts.filter(
      (c) => c.kind === "figures",
    );
    expect(found.map((c) => c.claims.map((x) => x.value).sort((a, b) => (a ?? 0) - (b ?? 0)))).toContainEqual(
      [4, 14],
    );
  });

  const report = paragraphsDocument(
    "Draft report: the insurgency in Syria's desert",
    [
      "The Rapporteur visited Damascus and Homs in October 2026.",
      "Syrian officials told the Rapporteur that their forces recorded 35 ISIS attacks in the Homs desert between January and August 2026.",
      "Western estimates given to the delegation counted about 80 attacks in the same period and warned that the cells are growing.",
      "The Rapporteur recommends closer cooperation on the border.",
    ],
    "NATO Parliamentary Assembly",
    "2026-11-10",
  );

  it("reads 'in the same period' as the period the sentence before named, and the estimates as their body's account", () => {
    const read = claimsOf(collectReports([report])).filter((f) => f.kind === "attacks");
    const eighty = read.find((f) => f.value === 80);
    expect(eighty?.said.period).toBe(true);
    expect(new Date(eighty?.said.window[0] ?? 0).toISOString().slice(0, 7)).toBe("2026-01");
    expect([...(eighty?.said.speakers ?? [])]).toContain("western estimates");
    const found = assess(themeFixture("isis-badia-insurgency"), [report], AT).conflicts.filter(
      (c) => c.kind === "figures",
    );
    expect(found.map((c) => c.claims.map((x) => x.value).sort((a, b) => (a ?? 0) - (b ?? 0)))).toContainEqual(
      [35, 80],
    );
  });

  it("does not read 'in the same period of 2025' as the period just told", () => {
    const compared = paragraphsDocument(
      "Border report",
      [
        "Border Forces figures show 212 attempted crossings stopped between January and September 2026.",
        "Smugglers tried 140 crossings in the same period of 2025, the report said.",
      ],
      "Iraqi News Agency",
      "2026-10-10",
    );
    const read = claimsOf(collectReports([compared]));
    const older = read.find((f) => f.value === 140);
    if (older) expect(new Date(older.said.window[0]).toISOString().slice(0, 4)).not.toBe("2026-01");
    expect(read.every((f) => f.value !== 140 || f.said.window[0] !== Date.UTC(2026, 0, 1))).toBe(true);
  });
});

describe("conflicts from claims: a truce's account of a clash against the army's", () => {
  const truce = paragraphsDocument(
    "Text of a tribal truce",
    [
      "The notables record that the two clans accepted a truce after the events of the night of 3 to 4 October on the border east of Mafraq.",
      "On that night an army patrol intercepted smugglers from the second clan, and in the exchange of fire Sergeant Khaled al-Masri of the first clan was martyred.",
      "Four young men of the second clan were also killed in the exchange, and the clans agree that no blood debt follows.",
      "The truce was signed on 20 October in the presence of the governor.",
    ],
    "Ammon News",
    "2026-10-21",
  );
  const army = paragraphsDocument(
    "Army foils a smuggling attempt on the eastern border",
    [
      "The border guard foiled an attempt to smuggle drugs from Syria on the night of 3 to 4 October, a military source said.",
      "Seven smugglers were killed and the others fled, while two members of our forces sustained light injuries, the source said.",
      "Since the beginning of the year the forces have killed 60 smugglers and foiled dozens of attempts.",
    ],
    "Petra",
    "2026-10-04",
  );

  it("reads 'were also killed in the exchange' as a toll of the night the article dated, and a named sergeant of a clan as one of the forces", () => {
    const read = claimsOf(collectReports([truce]));
    const four = read.find((f) => f.kind === "killed:" && f.value === 4);
    expect(four).toBeDefined();
    expect(new Date(four?.said.window[0] ?? 0).toISOString().slice(0, 10)).toBe("2026-10-04");
    const sergeant = read.find((f) => f.kind === "killed:forces" && f.value === 1);
    expect(new Date(sergeant?.said.window[0] ?? 0).toISOString().slice(0, 10)).toBe("2026-10-04");
  });

  it("reads 'sustained light injuries' as none of the forces killed, whatever the year's tally", () => {
    const read = claimsOf(collectReports([army])).map((f) => [f.kind, f.value]);
    expect(read).toContainEqual(["wounded:forces", 2]);
    expect(read).toContainEqual(["killed:forces", 0]);
    const found = assess(themeFixture("cross-border-smuggling"), [truce, army], AT).conflicts.filter(
      (c) => c.kind === "figures",
    );
    const values = found.map((c) => c.claims.map((x) => x.value).sort((a, b) => (a ?? 0) - (b ?? 0)));
    expect(values).toContainEqual([0, 1]);
    expect(values).toContainEqual([4, 7]);
  });
});
