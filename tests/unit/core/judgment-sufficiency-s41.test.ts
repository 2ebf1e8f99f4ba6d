import path from "node:path";
import { describe, expect, it } from "vitest";
import { ANALYSIS_DIR, loadCases } from "../../../bench/analysis/cases.js";
import { runCase } from "../../../bench/analysis/run-cases.js";
import type { Report } from "../../../src/core/themes/reports.js";
import { meetsRequirement } from "../../../src/core/themes/sufficiency.js";

/**
 * Session 41: a judgment is given when the evidence addresses its question, and only then.
 * - A sentence that names only years long before its article ("In 2015 and again in 2016 the town
 *   fell to ISIS", read in 2026) recalls history: it gives a trend no term to compare.
 * - A sentence counted, where it fits best, under a factor of another judgment still addresses the
 *   question of a factor it fits: smuggling across the border counted as infiltration pressure.
 * - "No regular forces holding the desert" tells of the forces holding the desert's towns.
 * - Detention facilities in northeast Syria whose guards lose the coalition's supply address the
 *   SDF and its detention sites, though the sentence says "the forces guarding", not "the SDF".
 */

const trend = { groups: [{ factors: ["attacks"], about: "attacks in the desert" }], periods: 2 };
const report = (date: string, publishedAt: string | null, sentenceText: string) =>
  ({ date, publishedAt, ownDate: true, sentenceText }) as unknown as Report;
const unmet = (...reports: Report[]) =>
  meetsRequirement(trend, new Map([["attacks", reports.map((r) => ({ report: r }))]]));

describe("sufficiency: a sentence that compares periods long past", () => {
  it("gives no trend when it names only years long before its article", () => {
    expect(
      unmet(
        report("2016-01-01", "2026-11-20", "In 2015 and again in 2016 the town fell to ISIS."),
        report("2026-11-12", "2026-11-13", "ISIS fighters attacked a checkpoint on the Palmyra road."),
      ),
    ).toEqual([expect.stringMatching(/2 periods to compare, and the sources give one/)]);
  });

  it("still gives one when a compared year is that of the article or the year before", () => {
    expect(
      unmet(
        report("2026-06-01", "2026-07-01", "Attacks rose to 64 in 2026, up from 35 in 2025."),
        report("2026-06-20", "2026-07-01", "Cells attacked a checkpoint near Palmyra."),
      ),
    ).toEqual([]);
    expect(
      unmet(report("2026-06-01", "2026-07-01", "Attacks fell in the first half, against last year.")),
    ).toEqual([]);
  });
});

describe("what addresses a judgment's question, on annotated cases", () => {
  const judged = (set: string, prefix: string, id: string) => {
    const { cases, articles } = loadCases(path.join(path.dirname(ANALYSIS_DIR), set));
    const c = cases.find((x) => x.id.startsWith(prefix));
    if (!c) throw new Error(`no case ${prefix}`);
    return runCase(c, articles).assessment.judgments.find((j) => j.id === id);
  };

  it("tempo-rises is withheld on one attack beside a town's fall a decade before", () => {
    const j = judged("analysis-heldout30", "469-", "tempo-rises");
    expect(j?.probability).toBeNull();
    expect(j?.reasons.join(" ")).toMatch(/2 periods to compare/);
  });

  it("sdf-detention-strain is made on the supply of the forces guarding detention facilities in the northeast", () => {
    expect(judged("analysis-heldout30", "467-", "sdf-detention-strain")?.probability).not.toBeNull();
  });

  it("but not on a count of families returned from Al-Hol, with nothing on the SDF", () => {
    const j = judged("analysis-heldout21", "341-", "sdf-detention-strain");
    expect(j?.probability).toBeNull();
    expect(j?.reasons.join(" ")).toMatch(/does not address the SDF and its detention sites/);
  });

  it("smuggling-persists is made on smuggling counted, where it fits best, for militants crossing", () => {
    const j = judged("analysis-heldout32", "489", "smuggling-persists");
    expect(j?.probability).not.toBeNull();
    expect(judged("analysis-heldout32", "489", "militants-cross")?.probability).not.toBeNull();
  });

  it("town-seized is made on an unguarded desert where gatherers are shot, with no attacker named", () => {
    expect(judged("analysis-heldout17", "287-", "town-seized")?.probability).not.toBeNull();
    // One season, one period: still no trend.
    expect(judged("analysis-heldout17", "287-", "tempo-rises")?.probability).toBeNull();
  });
});
