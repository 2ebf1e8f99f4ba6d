import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * A trailing tag whose speaker is a body named with "the" and described in apposition (set 69's
 * first sight, helper x84), on text written for these tests.
 */

const speakerOf = (doc: ReturnType<typeof extract>, words: string) =>
  doc.quotes.filter((q) => q.text.includes(words)).map((q) => q.speaker.name);

describe("'..., the NAME, a DESCRIPTION, said.'", () => {
  it("gives the words to the named body", () => {
    const doc = extract(
      "A mortar round hit a bakery in Tal Rifaat on Thursday, the Kurdish Red Crescent, a Qamishli-based relief group, reported.",
      "2027-03-10",
    );
    expect(speakerOf(doc, "A mortar round hit a bakery")).toContain("Kurdish Red Crescent");
  });

  it("reads a description whose noun is spelled like a verb", () => {
    const doc = extract(
      "Four fishermen were detained near Fao, the Basra Maritime Observatory, a coastal watch, said.",
      "2027-03-10",
    );
    expect(speakerOf(doc, "Four fishermen were detained")).toContain("Basra Maritime Observatory");
  });

  it("guard: two places in a list before the tag are no speaker", () => {
    const doc = extract(
      "Shells fell on two villages, the Zab valley, a farming area, and the town of Derik, residents said.",
      "2027-03-10",
    );
    expect(speakerOf(doc, "Shells fell on two villages")).not.toContain("Zab valley");
  });
});
