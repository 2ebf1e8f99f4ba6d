import path from "node:path";
import { describe, expect, it } from "vitest";
import { ANALYSIS_DIR, loadCases } from "../../../bench/analysis/cases.js";
import { runCase } from "../../../bench/analysis/run-cases.js";
import type { Report } from "../../../src/core/themes/reports.js";
import { meetsRequirement } from "../../../src/core/themes/sufficiency.js";
import type { Pattern } from "../../../src/core/themes/theme.js";

/**
 * Session 38 round two (set 31): armed groups that levy fees on smuggled loads take part in the
 * trade, but tell nothing of clashes between smugglers and border forces; the violent-clashes
 * judgment is not due on them alone. A clash, armed escorts, or a named armed force (a militia,
 * a Kurdish force) taking the fees, a party able to fight the border forces, still make it due.
 */

describe("violent clashes: fees levied are not clashes", () => {
  // The annotated cases of the open sets: fees and protection only (none due), armed escorts (due).
  const judged = (set: string, prefix: string) => {
    const { cases, articles } = loadCases(path.join(path.dirname(ANALYSIS_DIR), set));
    const c = cases.find((x) => x.id.startsWith(prefix));
    if (!c) throw new Error(`no case ${prefix}`);
    return runCase(c, articles).assessment.judgments.find((j) => j.id === "violent-clashes");
  };

  it("withholds the judgment when armed groups only levy fees on the loads", () => {
    for (const [set, prefix] of [
      ["analysis-heldout31", "478-"],
      ["analysis-heldout29", "450-"],
    ] as const) {
      const j = judged(set, prefix);
      expect(j?.probability, prefix).toBeNull();
      expect(j?.reasons.join(" "), prefix).toMatch(/does not address clashes/);
    }
  });

  it("still makes it where an armed faction escorts the convoys, or a named militia taxes the routes", () => {
    expect(judged("analysis-heldout12", "212-")?.probability).not.toBeNull();
    // "controlled by armed men linked to the Sinjar Resistance Units (YBS) ... who take a fee".
    expect(judged("analysis-heldout2", "48-")?.probability).not.toBeNull();
  });
});

describe("sufficiency: reports a group's notAddressedBy patterns fit", () => {
  const fee = { key: "a#1" } as unknown as Report;
  const clash = { key: "a#2" } as unknown as Report;
  const requires = {
    groups: [{ factors: ["armed"], about: "clashes", notAddressedBy: [{} as Pattern] }],
  };
  const isFee = (_p: Pattern, r: Report) => r.key === "a#1";

  it("do not address the group, even counted under its factor", () => {
    const assigned = new Map([["armed", [{ report: fee }]]]);
    expect(meetsRequirement(requires, assigned, new Map(), [], isFee)).toEqual([
      "the reporting does not address clashes",
    ]);
  });

  it("leave the group addressed by another report of its factors", () => {
    const assigned = new Map([["armed", [{ report: fee }, { report: clash }]]]);
    expect(meetsRequirement(requires, assigned, new Map(), [], isFee)).toEqual([]);
  });
});
