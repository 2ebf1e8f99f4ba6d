import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * A team as the source of a report (set 70's first sight, 690: issue 10, helper x83), checked on
 * text written for these tests.
 */

const said = (doc: FactsDocument, words: string) => [
  ...new Set(doc.quotes.filter((q) => q.text.includes(words)).map((q) => q.speaker.name)),
];

describe("a team that reports", () => {
  it("speaks as one group", () => {
    const doc = extract(
      "Two of our vaccinators were injured on Sunday when a shell hit their clinic outside Tal Afar, our outreach team reports.",
    );
    expect(said(doc, "Two of our vaccinators were injured")).toEqual(["our outreach team"]);
  });

  it("guard: a team only acted on speaks no words", () => {
    const doc = extract("Gunmen attacked a survey team near Tal Afar on Sunday, wounding two engineers.");
    expect(doc.quotes).toEqual([]);
  });
});
