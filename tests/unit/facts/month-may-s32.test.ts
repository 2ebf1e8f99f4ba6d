import { describe, expect, it } from "vitest";
import { modalityOf } from "../../../src/core/facts/events/modality.js";
import { tokenize } from "../../../src/core/facts/text/tokenize.js";

/**
 * Session 32: "since May" was read as the modal "may", which made every happening after it a
 * supposition. A capitalised "May" after a word that takes a time is the month.
 */
describe("the month May", () => {
  const modality = (text: string, word: string) => {
    const tokens = tokenize(text);
    return modalityOf(
      tokens,
      0,
      tokens.findIndex((t) => t.norm === word),
    );
  };

  it("after a preposition or determiner of time leaves the happening asserted", () => {
    expect(modality("Since May the smugglers have crossed the border every week.", "crossed")).toBe(
      "asserted",
    );
    expect(modality("In May gunmen attacked the checkpoint.", "attacked")).toBe("asserted");
    expect(modality("Until last May smugglers crossed freely.", "crossed")).toBe("asserted");
  });

  it("is still the modal where it is a verb", () => {
    expect(modality("Officials said gunmen may attack the checkpoint.", "attack")).toBe("hypothetical");
  });
});
