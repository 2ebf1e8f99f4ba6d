import { describe, expect, it } from "vitest";
import { findDates } from "../../../src/core/facts/events/dates.js";
import { segment } from "../../../src/core/facts/text/segment.js";
import { tokenize } from "../../../src/core/facts/text/tokenize.js";
import { extract } from "./helpers.js";

/**
 * Timeline rules from the fourth held-out set: header dates in agency, byline and situation-report
 * forms, days counted from the day last named ("the following day", "came a day after"), and
 * situation reports whose sections are headed by their day. Sentences written for these tests.
 */

const dated = (doc: ReturnType<typeof extract>) =>
  doc.facts.filter((f) => (f.kind === "event" || f.kind === "countermeasure") && f.date);
const dateOf = (doc: ReturnType<typeof extract>, words: RegExp) =>
  dated(doc).find((f) => words.test(f.text))?.date?.value;
const publishedAt = (text: string) => segment(text, tokenize(text)).metadata.publishedAt;

describe("publication dates in header lines", () => {
  it("reads a numeric day-month-year dateline, day first unless it cannot be", () => {
    expect(publishedAt("Raid in Tikrit\n\nTIKRIT — 18-11-2025\n\nPolice raided a house on Monday.")).toBe(
      "2025-11-18",
    );
    expect(findDates("on 03/04/2026 and 11/18/2025", null).map((d) => d.value)).toEqual([
      "2026-04-03",
      "2025-11-18",
    ]);
    expect(findDates("version 1.12.2025.4 of 12-2025", null)).toEqual([]);
  });

  it("reads a byline whose parts are dashes and whose date has no space after the comma", () => {
    const text =
      "Army foils smuggling\n\nBy JT - Apr 02,2026 - Last updated at Apr 02,2026\n\nAMMAN — The army on Wednesday said it had seized 40 kilogrammes of hashish near the border.";
    expect(publishedAt(text)).toBe("2026-04-02");
    expect(dateOf(extract(text), /seized/)).toBe("2026-04-01");
  });

  it("reads a situation report's 'As of' line as its date", () => {
    expect(publishedAt("Flash Update No. 2\nAs of 5 February 2026\n\nThe camp received new tents.")).toBe(
      "2026-02-05",
    );
  });
});
