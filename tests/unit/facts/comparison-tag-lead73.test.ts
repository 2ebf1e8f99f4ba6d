import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

const quotesOf = (text: string) =>
  extractFacts({ id: "t", title: "t", text, publishedAt: "2027-02-03" }).quotes.map((q) => ({
    text: q.text,
    speaker: q.speaker.name,
  }));

describe("a comparison with what another source told, after the reporting tag", () => {
  it("gives the clause to the tag's speaker, not to the body compared with", () => {
    const text =
      "The lorry held at the Rabia crossing carried 80 pistols and some grenades, a border official told Rudaw, far fewer than the governor announced.";
    expect(quotesOf(text)).toContainEqual({
      text: "The lorry held at the Rabia crossing carried 80 pistols and some grenades",
      speaker: "a border official",
    });
    expect(quotesOf(text).map((q) => q.speaker)).not.toContain("far fewer than the governor");
  });

  it("still reads a plain trailing tag after a comparison inside what was said", () => {
    const text =
      "More families left the camp this month than in all of last year, the camp administration said.";
    expect(quotesOf(text)).toContainEqual({
      text: "More families left the camp this month than in all of last year",
      speaker: "camp administration",
    });
  });
});
