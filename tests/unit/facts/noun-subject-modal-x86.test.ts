import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * A bare clause after "says" whose subject is a word both a noun and a verb (set 70's "The German
 * Foreign Office says travel to the border areas ... should be avoided", issue 10, helper x86).
 * Sentences written for these tests.
 */

const quotes = (text: string) => extract(text).quotes.map((q) => ({ speaker: q.speaker.name, text: q.text }));

describe("a noun of an act opening a bare clause", () => {
  it("is the clause's subject when a modal follows its preposition's phrase", () => {
    const found = quotes(
      "The club will not run its spring trek this year. The British Foreign Office says travel to the mountain villages near Amadiya must be arranged with the Peshmerga.",
    );
    expect(found).toContainEqual({
      speaker: "British Foreign Office",
      text: "travel to the mountain villages near Amadiya must be arranged with the Peshmerga",
    });
  });

  it("stays a verb of a relative clause with no modal of its own (guard)", () => {
    const found = quotes(
      "Pilgrims whom officials said travel to Karbala every year were stopped at Musayyib.",
    );
    expect(found).toEqual([]);
  });
});
