import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * A tag after the quote whose post has a second, described post with the name in apposition
 * ('«...,» said our founder, the master calligrapher Hassan Bakkour.', set 74's first sight, 732,
 * issue 10, helper x92): the name is who speaks, as in '..., said our founder, NAME.'. Sentences
 * written for these tests.
 */

const speakerOf = (text: string, start: string) =>
  extract(text).quotes.find((q) => q.text.startsWith(start))?.speaker.name;

describe("a post, then 'the' and a description before the name", () => {
  it("gives the quote to the name after 'the veteran goalkeeper'", () => {
    expect(
      speakerOf(
        '"We train in the rain too," said our captain, the veteran goalkeeper Rawand Aziz.',
        "We train",
      ),
    ).toBe("Rawand Aziz");
  });

  it("leaves a description of someone else's relative to the post (guard)", () => {
    expect(
      speakerOf('"We train in the rain too," said our captain, the cousin of Rawand Aziz.', "We train"),
    ).not.toBe("Rawand Aziz");
  });
});
