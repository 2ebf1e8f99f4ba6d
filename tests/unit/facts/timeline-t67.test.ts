import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { tollOfAnother, withOutcome } from "../../../src/core/facts/timeline.js";
import { extract } from "./helpers.js";

/**
 * Session 66 (t67): timeline events whose extracted text stopped short of the gold event.
 * Sentences written for these tests.
 */

/** The timeline's rows as a briefing prints them: dated events and measures, a toll with its happening. */
const rows = (doc: FactsDocument) =>
  doc.facts
    .filter((f) => (f.kind === "event" || f.kind === "countermeasure") && f.date)
    .filter((f) => !tollOfAnother(f, doc.facts))
    .map((f) => `${withOutcome(f.text, f)} (${f.date?.value})`);

describe("a measure's second predicate after a comma and 'and'", () => {
  it("prints '…, and had confiscated …' as one entry with the measure before it", () => {
    const doc = extract(
      "BAIJI, 9 April 2026\n\nOn 6 April, the provincial police said its patrols had detained four smugglers at a farm outside Baiji, and had confiscated a truck and two machine guns.",
    );
    expect(rows(doc).filter((r) => /detained four smugglers|confiscated a truck/.test(r))).toEqual([
      expect.stringMatching(
        /detained four smugglers.*, and had confiscated a truck and two machine guns \(2026-04-06\)$/,
      ),
    ]);
  });

  it("prints '…, and confiscated …' (no auxiliary) as one entry too", () => {
    const doc = extract(
      "BAIJI, 9 April 2026\n\nOn 6 April, a police unit detained four smugglers at a farm outside Baiji, and confiscated a truck and two machine guns in a shed behind the house.",
    );
    expect(rows(doc).filter((r) => /detained four smugglers|confiscated a truck/.test(r))).toEqual([
      expect.stringMatching(/detained four smugglers.*, and confiscated a truck and two machine guns/),
    ]);
  });

  it("keeps a second measure with a subject of its own apart", () => {
    const doc = extract(
      "BAIJI, 9 April 2026\n\nOn 6 April, a police unit detained four smugglers at a farm outside Baiji, and soldiers confiscated a truck and two machine guns.",
    );
    expect(rows(doc).some((r) => /detained four smugglers.*confiscated a truck/.test(r))).toBe(false);
  });
});

describe("a second operation after a comma and 'and had'", () => {
  it("keeps '…, and had detained a driver …' apart from the measure before it", () => {
    const doc = extract(
      "ZAKHO, 9 April 2026\n\nA border commander said his guards had stopped three smuggling attempts in March, and had detained a driver in the town of Zakho who was carrying false papers.",
    );
    expect(rows(doc).some((r) => /stopped three smuggling attempts.*detained a driver/.test(r))).toBe(false);
  });
});
