import { describe, expect, it } from "vitest";
import { wordLexiconGroups } from "../../../scripts/word-classes-lexicon.js";
import { givenName, isCommonWord, isPlaceWord } from "../../../src/core/facts/text/word-classes.js";
import { WORD_LEXICON } from "../../../src/core/facts/text/word-lexicon.generated.js";

describe("the word lexicon generated from compromise", () => {
  it("is compromise's lexicon as installed: regenerate it (scripts/word-classes-lexicon.ts) after an upgrade", () => {
    expect(WORD_LEXICON).toEqual(wordLexiconGroups());
  });

  it("answers the word classes the extractor asks for", () => {
    expect(givenName("john")).toEqual({ gender: "male" });
    // A man's name of the region that an English woman's name is spelled like.
    expect(givenName("adel")).toEqual({ gender: "male" });
    expect(isPlaceWord("paris")).toBe(true);
    expect(isCommonWord("house")).toBe(true);
    expect(isCommonWord("paris")).toBe(false);
  });
});
