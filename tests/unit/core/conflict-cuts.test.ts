import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { claimsOf } from "../../../src/core/themes/conflicts-claims.js";
import { collectReports } from "../../../src/core/themes/reports.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Cuts told as a share ("reduced by about one fifth", "cut in half", "slashed by 40%"): read as a
 * figure in per cent of the thing cut, and two accounts of one cut set against each other when
 * their shares cannot both hold. Real extractor output of short texts written for these tests.
 */

/** A sentence the extractor may draw no fact from, read as the claims pass it: a real report, its text replaced. */
const BASE = collectReports([
  sourceDocument(
    "Camp guards",
    "Guards at Al-Hol camp were attacked on 20 November.",
    "Reuters",
    "2026-11-20",
  ),
])[0];
const readBare = (text: string) =>
  BASE
    ? claimsOf([{ ...BASE, sentenceText: text, text }])
        .filter((f) => f.kind.startsWith("cut:"))
        .map((f) => [f.kind, Math.round(f.lo), Math.round(f.hi)])
    : [];

describe("claims: a cut told as a share", () => {
  it("reads a fraction as about so much of the thing the subject names", () => {
    expect(readBare("The guard force at Al-Hol has been reduced by about one fifth since June.")).toEqual([
      ["cut:force", 16, 24],
    ]);
    expect(readBare("The guard force in the camp has been cut in half since the summer.")).toEqual([
      ["cut:force", 40, 60],
    ]);
  });

  it("reads a percentage as exact unless qualified, and the object of an active verb as the thing cut", () => {
    expect(readBare("The SDF slashed its night patrols by 40% in October.")).toEqual([
      ["cut:patrol", 40, 40],
    ]);
    expect(readBare("The ministry said funding for the camp fell by nearly 30 per cent.")).toEqual([
      ["cut:funding", 24, 30],
    ]);
  });

  it("reads no cut where no share is given", () => {
    expect(readBare("The guard force has been reduced since June.")).toEqual([]);
    expect(readBare("Attacks fell to 47 between June and November.")).toEqual([]);
  });
});

describe("conflicts: two shares of one cut", () => {
  const report = sourceDocument(
    "Report of the Secretary-General on the threat posed by ISIL",
    "1. The present report covers the period between 1 June and 15 November 2026.\n\n2. The guard force at Al-Hol has been reduced by about one fifth since June, as fighters were moved to front lines near the Tishreen Dam.",
    "United Nations Security Council",
    "2026-11-24",
  );
  const oped = (share: string) =>
    sourceDocument(
      "The camps are a breakout waiting to happen",
      `In October alone, more than 60 women and children slipped out of the Annex of Al-Hol camp, according to camp workers.\n\nThe guard force in the camp has been ${share} since the summer, and many of the guards who remain have not been paid.`,
      "Foreign Policy",
      "2026-11-26",
    );
  const cutBoxes = (share: string) => {
    const o = oped(share);
    const a = assess(themeFixture("isis-prison-escape"), [report, o], new Date("2026-11-30T12:00:00Z"));
    return a.conflicts
      .filter((c) => /was cut/.test(c.topic))
      .map((c) => c.claims.map((x) => x.articleId).sort());
  };

  it("sets 'reduced by about one fifth' against 'cut in half'", () => {
    expect(cutBoxes("cut in half")).toEqual([[report.article.id, oped("cut in half").article.id].sort()]);
  });

  it("does not set shares that can both hold against each other", () => {
    expect(cutBoxes("cut by almost a quarter")).toEqual([]);
  });
});
