import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 79 (set 64, case 943): posts "thinned out" or "stripped" have had troops taken from
 * them, a withdrawal as posts abandoned are. Other wordings than the fixture's.
 */

const withdrawals = (text: string) => extract(text).facts.filter((f) => f.tags?.includes("troop-withdrawal"));

describe("posts thinned out", () => {
  it("reads posts or checkpoints thinned out or stripped as a withdrawal", () => {
    for (const text of [
      "Government checkpoints south of Al-Mayadin were thinned out over the summer, drivers said.",
      "The outposts along the Deir ez-Zor highway have been stripped of most of their men since October.",
    ])
      expect(withdrawals(text).length, text).toBeGreaterThan(0);
  });

  it("does not read a crowd thinned out or a forest thinned as a withdrawal", () => {
    for (const text of [
      "The crowd at the checkpoint was thinned out by the afternoon heat.",
      "The trees around the old posts were thinned out by the forestry service.",
    ])
      expect(withdrawals(text), text).toEqual([]);
  });
});
