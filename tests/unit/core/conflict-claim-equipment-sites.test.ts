import { describe, expect, it } from "vitest";
import { CitationIndex } from "../../../src/adapters/templates/view/citations.js";
import { conflictView } from "../../../src/adapters/templates/view/compose-factors.js";
import { assess } from "../../../src/core/themes/assess.js";
import type { Assessment, ConflictClaim } from "../../../src/core/themes/assessment.js";
import { allWorking, claimsOf, wordedFigure } from "../../../src/core/themes/conflicts-claims.js";
import { collectReports, type SourceDocument } from "../../../src/core/themes/reports.js";
import { conflictsOf, paragraphsDocument, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Shapes of conflicting reporting written for these tests: equipment said partly out of service
 * against all of it said to work, a crossing "through a dead zone" (no dead), a base left against
 * troops said to remain at it (a sentence that leaves one base and keeps another), and the dead
 * said not to be smugglers against the army's smugglers.
 */

const AT = new Date("2026-12-05T12:00:00Z");
const conflictsOfAt = (docs: SourceDocument[]) => conflictsOf(docs, AT);
const between = (a: Assessment, ids: readonly string[]) =>
  a.conflicts.filter((c) => ids.every((id) => c.claims.some((x) => x.articleId === id)));

describe("conflict claims: the state of equipment", () => {
  it("reads a count out of service, never the whole it is a part of, and all working as none", () => {
    const memo = sourceDocument(
      "Audit of the Rabia sector",
      "Auditors found that 9 of the 40 surveillance cameras along the Rabia stretch were out of service, some of them for months.",
      "Federal Board of Supreme Audit",
      "2026-11-28",
    );
    const read = claimsOf(collectReports([memo])).map((f) => [f.kind, f.value]);
    expect(read).toContainEqual(["out-of-service:cameras", 9]);
    expect(read).not.toContainEqual(["out-of-service:cameras", 40]);
    expect(allWorking("All the cameras in the Rabia sector are operating normally, the command said.")).toBe(
      true,
    );
    expect(allWorking("All the cameras were installed in 2024.")).toBe(false);
  });

  it("sets a count of cameras out of service against a command's 'all the cameras are working'", () => {
    const memo = sourceDocument(
      "Audit of the Rabia sector",
      "Auditors found that 9 of the 40 surveillance cameras along the Rabia border stretch were out of service, some of them for months.",
      "Federal Board of Supreme Audit",
      "2026-11-28",
    );
    const reply = sourceDocument(
      "Border Forces reply to audit",
      "The Border Forces Command said on Monday that all the surveillance cameras in the Rabia border sector are working.",
      "Iraqi News Agency",
      "2026-11-30",
    );
    const found = conflictsOfAt([memo, reply]).filter((c) => c.kind === "figures");
    expect(found.map((c) => c.claims.map((x) => x.value).sort())).toContainEqual([0, 9]);
    expect(found[0]?.topic).toMatch(/cameras were out of service/);
    // In a briefing the two sentences stand in one box, whichever finder drew it.
    const shown = between(assess(themeFixture("border-fortification"), [memo, reply], AT), [
      memo.article.id,
      reply.article.id,
    ]);
    expect(shown.length).toBeGreaterThan(0);
  });
});

describe("conflict claims: a crossing through a dead zone", () => {
  it("reads those who crossed 'through a dead zone' as a crossing, not as dead", () => {
    const memo = sourceDocument(
      "Inspection of the Rabia sector",
      "Officers said that on the night of 12 November about 20 gunmen crossed through a dead zone of the sensors near Rabia.",
      "Ministry of Interior",
      "2026-11-20",
    );
    const read = claimsOf(collectReports([memo])).map((f) => f.kind);
    expect(read).toContain("crossed");
    expect(read.filter((k) => k.startsWith("killed"))).toEqual([]);
  });
});

describe("conflict claims: a base left against troops said to remain at it", () => {
  it("sets 'the last US troops left the Harir base' against personnel who 'remain at Erbil Air Base and at the Harir base'", () => {
    const outlet = paragraphsDocument(
      "US troops leave Harir",
      [
        "The last US troops left the Harir base on Saturday, a Peshmerga officer told Rudaw.",
        '"The Americans are gone from Harir, and only a few advisers remain at Erbil airport," the officer said.',
      ],
      "Rudaw",
      "2026-11-29",
    );
    const visit = sourceDocument(
      "Congressional visit to Erbil",
      "We met US service members who remain at Erbil Air Base and at the Harir base under the security agreement with Iraq.",
      "US House delegation (joint statement)",
      "2026-12-02",
    );
    const found = between(assess(themeFixture("coalition-withdrawal"), [outlet, visit], AT), [
      outlet.article.id,
      visit.article.id,
    ]).filter((c) => /has been left/.test(c.topic));
    // One box: the outlet's two sentences that Harir was left, against the statement that keeps it.
    expect(found).toHaveLength(1);
    expect(found[0]?.topic).toBe("Whether Harir has been left");
    expect(found[0]?.claims.map((x) => [x.articleId, x.stance])).toEqual([
      [outlet.article.id, "asserts"],
      [outlet.article.id, "asserts"],
      [visit.article.id, "denies"],
    ]);
  });

  it("never reads troops 'left at' a base as a departure from it", () => {
    const one = sourceDocument(
      "Advisers at Harir",
      "About 200 US advisers were left at the Harir base after the drawdown, officials said.",
      "AFP",
      "2026-11-29",
    );
    const two = sourceDocument(
      "Troops at Harir",
      "US troops remain at the Harir base, the Pentagon said.",
      "Reuters",
      "2026-11-30",
    );
    const found = assess(themeFixture("coalition-withdrawal"), [one, two], AT).conflicts.filter((c) =>
      /has been left/.test(c.topic),
    );
    expect(found).toEqual([]);
  });
});

describe("conflict claims: who the dead were", () => {
  it("sets the army's dead smugglers against a complaint that 'they were not smugglers'", () => {
    const army = sourceDocument(
      "Army foils smuggling attempt",
      "The Northern Military Zone on Thursday foiled an attempt to smuggle drugs from Syrian territory, killing five smugglers, a military source said.",
      "Petra",
      "2026-11-27",
    );
    const families = paragraphsDocument(
      "Families' complaint",
      [
        "Relatives of five young men shot dead by Jordanian army border guards on Thursday filed a complaint with the human rights centre.",
        "The complaint says they were not smugglers and carried no drugs.",
      ],
      "Suwayda 24",
      "2026-11-29",
    );
    const found = conflictsOfAt([army, families]).filter((c) => c.kind === "accounts");
    expect(found).toHaveLength(1);
    expect(found[0]?.topic).toMatch(/^Who was killed.*: smugglers or civilians$/);
    expect(new Set(found[0]?.claims.map((x) => x.articleId))).toEqual(
      new Set([army.article.id, families.article.id]),
    );
  });
});

describe("a figure printed as its source bounds it", () => {
  it("prints 'fewer than 1,000', 'at least 31' and a plain figure as worded", () => {
    const text =
      "The United States has reduced its forces in Iraq to fewer than 1,000 troops, two US officials said.";
    expect(wordedFigure(text, 1000)).toBe("fewer than 1,000");
    expect(wordedFigure("At least 31 detainees escaped on Friday night.", 31)).toBe("at least 31");
    expect(wordedFigure("Six smugglers were killed.", 6)).toBe("6");
    expect(wordedFigure("The army gave no figure.", 12)).toBe("12");
  });

  it("gives the bound in the conflict box, never the bare figure", () => {
    const claim = (key: string, text: string, value: number): ConflictClaim => ({
      key,
      articleId: key.split("#")[0] ?? key,
      sentence: 0,
      text,
      source: "Reuters",
      grade: "B2",
      date: "2026-11-20",
      stance: "figure",
      value,
    });
    const view = conflictView(
      {
        id: "claim:troops:us:a#0",
        kind: "figures",
        topic: "How many US troops remain in Iraq",
        factor: null,
        claims: [
          claim("a#0", "The United States has reduced its forces in Iraq to fewer than 1,000 troops.", 1000),
          claim("b#0", "About 2,500 US troops remain in Iraq, the communique said.", 2500),
        ],
        analysis: "",
      },
      new Map(),
      new CitationIndex(new Map()),
    );
    expect(view.claims.map((x) => x.value)).toEqual(["fewer than 1,000", "about 2,500"]);
  });
});
