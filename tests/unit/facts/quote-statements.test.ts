import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * Statements quoted without a verb of saying, attributions standing as a sentence of their
 * own, and anonymous sources in the article's words — on sentences written for these tests.
 */

const speakerOf = (doc: FactsDocument, words: string, kind?: "direct" | "indirect") =>
  doc.quotes.find((q) => q.text.includes(words) && (!kind || q.kind === kind))?.speaker.name ?? null;

describe("statements and sources", () => {
  it("reads a statement quoted as the predicate of 'it', the body that issued it named before", () => {
    const doc = extract(
      'The provincial health directorate has released a brief statement. It "condemns the shelling of the clinic" and "holds the attackers responsible", and calls for "an inquiry within days". It names no group.',
    );
    expect(speakerOf(doc, "condemns the shelling", "direct")).toBe("provincial health directorate");
    expect(speakerOf(doc, "holds the attackers responsible", "direct")).toBe("provincial health directorate");
    expect(speakerOf(doc, "an inquiry within days", "direct")).toBe("provincial health directorate");
  });

  it("does not read a quoted noun after a subject as a statement", () => {
    const doc = extract('The mayor\'s office "task force" met on Monday. It set up two checkpoints.');
    expect(doc.quotes).toEqual([]);
  });

  it("takes the attribution standing as its own sentence after a quoted question", () => {
    const doc = extract(
      'Fatima Saleh, a teacher in the town, lost her nephew in the raid. "He was nine. Who will answer for him?" Saleh said.',
    );
    expect(speakerOf(doc, "Who will answer for him", "direct")).toBe("Fatima Saleh");
  });

  it("gives a statement 'saying' what it says to the body that put it out", () => {
    const doc = extract(
      "The Nineveh Plains Protection Units put out a statement on their website saying three fighters had been wounded in the strike.",
    );
    expect(speakerOf(doc, "three fighters had been wounded", "indirect")).toBe(
      "Nineveh Plains Protection Units",
    );
  });

  it("reads 'tells us' with a clause opening on a number word", () => {
    const doc = extract(
      "A nurse at the hospital, who asked not to be named, tells us four of the wounded were children.",
    );
    expect(speakerOf(doc, "four of the wounded were children", "indirect")).toBe("A nurse at the hospital");
  });

  it("keeps a restrictive clause in an anonymous source's name, but not the anonymity formula", () => {
    const doc = extract(
      "The road was closed at dawn, according to a driver who was turned back at the checkpoint. Shops stayed shut, according to a trader who asked not to be named.",
    );
    expect(speakerOf(doc, "The road was closed at dawn", "indirect")).toBe(
      "a driver who was turned back at the checkpoint",
    );
    expect(speakerOf(doc, "Shops stayed shut", "indirect")).toBe("a trader");
  });
});
