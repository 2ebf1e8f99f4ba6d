import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * A bare clause after "said" whose verb is in the present and spelled like a noun (set 69's
 * first sight, helper x84), on text written for these tests.
 */

const speakerOf = (doc: ReturnType<typeof extract>, words: string) =>
  doc.quotes.filter((q) => q.text.includes(words)).map((q) => q.speaker.name);

describe("'said PLURAL-NOUN VERB PREPOSITION ...'", () => {
  it("reads the clause with a present verb the word lists know as a noun", () => {
    const doc = extract(
      "Hana Kareem runs a bakery in Duhok. She said the bakers work at the ovens.",
      "2027-02-02",
    );
    expect(speakerOf(doc, "the bakers work at the ovens")).toContain("Hana Kareem");
  });

  it("guard: a plural noun and an adverb before a preposition open no clause", () => {
    const doc = extract(
      "Hana Kareem runs a bakery in Duhok. The imam said prayers aloud at the funeral.",
      "2027-02-02",
    );
    expect(doc.quotes.filter((q) => q.text.includes("prayers"))).toHaveLength(0);
  });
});
