import { describe, expect, it } from "vitest";
import { endsHold } from "../../../src/core/themes/relevance.js";
import type { Report } from "../../../src/core/themes/reports.js";

/**
 * Session 52 (helper "sign"): a force's act told only as the end of a hold by armed men ("the
 * gunmen stayed in the village until the army retook it") is the time the hold lasted to; the
 * sentence tells the hold, and the measure counts under no factor of its own.
 */
const measure = (sentenceText: string) =>
  ({ kind: "countermeasure", sentenceText }) as unknown as Pick<Report, "kind" | "sentenceText">;

describe("a measure told as the end of a hold", () => {
  it("reads a force's retaking after 'until' as the end of the armed men's hold", () => {
    for (const text of [
      "The militants stayed in the village until government troops regained control on Thursday.",
      "Gunmen held the grain silo for two days until army units retook it.",
    ])
      expect(endsHold(measure(text)), text).toBe(true);
  });

  it("still reads a retaking told for itself, or a wait with no hold, as a measure", () => {
    for (const text of [
      "Government troops regained control of the village on Thursday.",
      "Traders waited at the crossing until the police reopened it.",
    ])
      expect(endsHold(measure(text)), text).toBe(false);
  });
});
