import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 34 (held-out set 22): a base left by a unit, and a base handed over told in the passive.
 * Other wordings of the same classes.
 */

const withdrawals = (text: string) =>
  extract(text, "2026-11-27T09:00:00Z").facts.filter((f) => f.tags?.includes("troop-withdrawal"));

describe("a base left or handed over", () => {
  it("reads a base handed over in the passive as a withdrawal, as 'handed over the base' is", () => {
    for (const text of [
      "The Victory base was formally handed over to the Iraqi army in a ceremony on Sunday.",
      "Two compounds near Erbil have been handed over to the Peshmerga since the summer.",
    ])
      expect(withdrawals(text).length, text).toBeGreaterThan(0);
  });

  it("does not read keys or a report handed over as a withdrawal", () => {
    for (const text of [
      "The keys of the school were handed over to the new headmaster on Sunday.",
      "The report was handed over to the committee in October.",
    ])
      expect(withdrawals(text), text).toEqual([]);
  });
});
