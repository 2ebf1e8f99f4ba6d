import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Attribution across the forms of reported speech met in press reviews, indictments and
 * releases, on sentences written for these tests.
 */

const speakerOf = (text: string, words: string) =>
  extract(text).quotes.find((q) => q.text.includes(words))?.speaker.name ?? null;

describe("a long title written before a name", () => {
  it("gives the quote to the name, not to the first words of the title", () => {
    const text =
      '"The network will not hide," said Acting Under Secretary for Revenue and Customs Intelligence Marcus Lindqvist.';
    expect(speakerOf(text, "network will not hide")).toBe("Marcus Lindqvist");
  });

  it("finds the name after a title holding 'of' and 'and'", () => {
    const text = '"We are ready," said Deputy Minister of Water and Irrigation Ahmed Hashim al-Zaidi.';
    expect(speakerOf(text, "We are ready")).toBe("Ahmed Hashim al-Zaidi");
  });

  it("keeps a name made of given names whole", () => {
    const text = '"Nothing was found," said Minister of Interior Ali Jasim Hassan.';
    expect(speakerOf(text, "Nothing was found")).toBe("Ali Jasim Hassan");
  });
});
