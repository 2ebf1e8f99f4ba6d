import { describe, expect, it } from "vitest";
import { segment } from "../../../src/core/facts/text/segment.js";
import { tokenize } from "../../../src/core/facts/text/tokenize.js";

function sentences(text: string) {
  const tokens = tokenize(text);
  const result = segment(text, tokens);
  return { ...result, texts: result.sentences.map((s) => text.slice(s.start, s.end)) };
}

describe("segment", () => {
  it("gives sentences whose offsets reproduce their text", () => {
    const text = "  The SDF said on Friday. Clashes continued!\n\nWere guards killed? Nobody knows. ";
    const { texts, sentences: spans } = sentences(text);
    expect(texts).toEqual([
      "The SDF said on Friday.",
      "Clashes continued!",
      "Were guards killed?",
      "Nobody knows.",
    ]);
    expect(spans.map((s) => s.index)).toEqual([0, 1, 2, 3]);
  });

  it("does not split after abbreviations, initials and dotted acronyms", () => {
    const { texts } = sentences(
      "Dr. Katz met Col. Ibrahim al-Sarhan in the U.S. embassy on Jan. 5. J. Smith was there. They left.",
    );
    expect(texts).toEqual([
      "Dr. Katz met Col. Ibrahim al-Sarhan in the U.S. embassy on Jan. 5.",
      "J. Smith was there.",
      "They left.",
    ]);
  });

  it("keeps a figure after a unit's abbreviation on its line, and ends a sentence there before a capital", () => {
    const { texts } = sentences(
      "Village searched by 3rd Bde. 2 x rifles recovered. Post handed to the 9th Div. The next day it moved.",
    );
    expect(texts).toEqual([
      "Village searched by 3rd Bde. 2 x rifles recovered.",
      "Post handed to the 9th Div.",
      "The next day it moved.",
    ]);
  });

  it("keeps a multi-sentence quote with its attribution, and ends a sentence after a closing quote", () => {
    const { texts } = sentences("“We left. Nobody knows,” she said. He called it “necessary.” Then he left.");
    expect(texts).toEqual([
      "“We left. Nobody knows,” she said.",
      "He called it “necessary.”",
      "Then he left.",
    ]);
  });

  it("reads the date prefix as metadata, outside the first sentence", () => {
    const text = " date 2025-01-14 Many defense lines have been established.";
    const { metadata, texts, sentences: spans } = sentences(text);
    expect(metadata.publishedAt).toBe("2025-01-14");
    expect(texts).toEqual(["Many defense lines have been established."]);
    expect(spans[0]?.start).toBe(text.indexOf("Many"));
  });

  it("reads a wire dateline: publication date and source, outside the sentence", () => {
    const text = "HASAKAH, Syria, Jan 21, 2022 (Levant Wire) — Islamic State militants attacked the prison.";
    const { metadata, texts } = sentences(text);
    expect(metadata).toEqual({
      publishedAt: "2022-01-21",
      source: "Levant Wire",
      dateline: { start: 0, end: 45, date: "2022-01-21" },
    });
    expect(texts).toEqual(["Islamic State militants attacked the prison."]);
  });

  it("reads 'Published on' and place-and-date lines as metadata", () => {
    expect(
      sentences("Headline here\n\nPublished on 9 March 2025, 11:42\n\nAMMAN — The army said.").metadata
        .publishedAt,
    ).toBe("2025-03-09");
    const statement = sentences("Statement\n\nBaghdad, 12 June 2025\n\nThe Ministry announces.");
    expect(statement.metadata.publishedAt).toBe("2025-06-12");
    expect(statement.texts).toEqual(["Statement", "The Ministry announces."]);
  });

  it("treats every line as a boundary and splits header segments at ' | '", () => {
    const { texts, metadata } = sentences(
      "Centre for Studies | Published 4 March 2025 | Authors: A. Smith\nSummary",
    );
    expect(texts).toEqual(["Centre for Studies", "Authors: A. Smith", "Summary"]);
    expect(metadata.publishedAt).toBe("2025-03-04");
  });

  it("returns nothing for empty or blank text", () => {
    expect(sentences("").sentences).toEqual([]);
    expect(sentences(" \n\t \n").sentences).toEqual([]);
  });
});
