import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

/**
 * ", not 900 as local media reported": the outlets told the figure the sentence rejects; they
 * are no speaker of the sentence. A closing ", the ministry reported" still is.
 */
const quotes = (text: string) =>
  extractFacts({ id: "t", title: "t", text, publishedAt: "2026-03-05", source: "A ministry" }).quotes.map(
    (q) => q.speaker.name,
  );

describe("quotes: a figure denied with whose it was", () => {
  it("credits no one with a sentence that rejects another's figure", () => {
    expect(
      quotes(
        "Customs officers seized 410 kilograms of hashish at the port on Friday, not 900 as local media reported.",
      ),
    ).toEqual([]);
    expect(
      quotes(
        "Customs officers seized 410 kilograms of hashish at the port on Friday, not 900 as the agency reported.",
      ),
    ).toEqual([]);
  });

  it("still reads a closing tag as the speaker", () => {
    expect(quotes("The army received 40 trucks at the depot on Monday, the ministry reported.")).toEqual([
      "the ministry",
    ]);
  });
});
