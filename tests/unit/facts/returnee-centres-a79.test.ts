import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Helper a79: families or nationals told arriving at a rehabilitation or reception centre are
 * received home from the camps, a repatriation carried out. Invented sentences, not the fixtures'
 * text.
 */

const repatriated = (text: string) =>
  extract(text, "2026-12-09T00:00:00Z").facts.some((f) => f.tags?.includes("repatriation"));

describe("returnees arriving at a rehabilitation centre", () => {
  it("reads families or nationals who arrived at or reached such a centre as repatriated", () => {
    for (const text of [
      "The office said on Tuesday that 93 families, or 350 people, had arrived at the Qadisiya rehabilitation centre near Tikrit.",
      "Some 70 nationals reached the reception centre outside Samarra late on Friday.",
    ])
      expect(repatriated(text), text).toBe(true);
  });

  it("does not read a visit to such a centre, or families reaching a checkpoint, as a repatriation", () => {
    for (const text of [
      "A delegation of lawmakers arrived at the Qadisiya rehabilitation centre near Tikrit on Tuesday.",
      "Dozens of families arrived at the checkpoint outside Samarra before dawn.",
    ])
      expect(repatriated(text), text).toBe(false);
  });
});
