import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/** Session 67 (y79): "according to" before a clause with a plural noun in "-s", or after a transcript's label; a programme's title. Sentences written for these tests. */

const quotes = (doc: FactsDocument) => doc.quotes.map((q) => `${q.speaker.name} | ${q.text}`);

describe("'according to X' before a clause holding a plural noun in '-s'", () => {
  it("keeps the clause as X's words when it holds 'in disputes'", () => {
    const doc = extract(
      "According to the Basra Police Command, 14 people have died in disputes over grazing land since January.",
    );
    expect(quotes(doc)).toContain(
      "Basra Police Command | 14 people have died in disputes over grazing land since January",
    );
  });

  it("still reads a present 'disputes that' after its subject as saying (guard)", () => {
    const doc = extract("The Basra Police Command disputes that the men were tortured.");
    expect(quotes(doc).some((q) => q.startsWith("Basra Police Command |"))).toBe(true);
  });
});

describe("'according to X' opening a transcript's turn after its label", () => {
  it("gives the clause to X, not the label's speaker", () => {
    const doc = extract(
      "NORA LIND (REPORTER): According to the Kirkuk Police Command, three of the injured are in intensive care.",
    );
    expect(quotes(doc)).toContain("Kirkuk Police Command | three of the injured are in intensive care");
  });
});

describe("a title 'The … Report'", () => {
  it("names no person in 'This has been The Weekly Report'", () => {
    const doc = extract("NORA PRICE: Tom Reilly there. This has been The Weekly Report on Harbour FM.");
    expect(doc.entities.map((e) => e.name)).not.toContain("The Weekly");
    expect(doc.entities.map((e) => e.name)).toContain("Tom Reilly");
  });
});
