import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 64 (t64): "The pipeline's owner, NAME, said that ...": a short description (which may
 * own its noun by a possessive) then a body's name in apposition with no article: the body speaks.
 */
const speakerOf = (text: string, words: RegExp) =>
  extract(text).quotes.find((q) => words.test(q.text))?.speaker.name;

describe("a body named in apposition to a short description", () => {
  it("reads the body after a possessive description as the speaker", () => {
    expect(
      speakerOf(
        "A rocket struck a pumping station near Kirkuk on Friday.\n\nThe pipeline's owner, Zagros Pipeline Services, said that the flow had been stopped for six hours.",
        /flow had been stopped/,
      ),
    ).toBe("Zagros Pipeline Services");
  });

  it("reads the body after a bare description as the speaker", () => {
    expect(
      speakerOf(
        "A rocket struck a pumping station near Kirkuk on Friday.\n\nThe contractor, Rafidain Drilling Company, said that two of its staff were treated for shock.",
        /treated for shock/,
      ),
    ).toBe("Rafidain Drilling Company");
  });
});
