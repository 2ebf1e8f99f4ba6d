import { describe, expect, it } from "vitest";
import { segment } from "../../../src/core/facts/text/segment.js";
import { tokenize } from "../../../src/core/facts/text/tokenize.js";
import { extract } from "./helpers.js";

/**
 * Timeline rules that generalise past the seventh and eighth blind sets: publication dates in
 * translators' notes and running heads, and the constructions and dates those sets showed the
 * timeline missing. Sentences written for these tests.
 */

const dated = (doc: ReturnType<typeof extract>) =>
  doc.facts.filter((f) => (f.kind === "event" || f.kind === "countermeasure") && f.date);
const dateOf = (doc: ReturnType<typeof extract>, words: RegExp) =>
  dated(doc).find((f) => words.test(f.text))?.date?.value;
const meta = (text: string) => segment(text, tokenize(text)).metadata;

describe("publication dates in notes and running heads", () => {
  it("reads the date a translator's note says the original was published on", () => {
    const text =
      "[Translated from Arabic. First published by Sawt al-Furat, Mayadin, on Thursday, 5 March 2026.]\n\nTwo policemen were wounded when a bomb exploded in Mayadin on Tuesday.";
    expect(meta(text).publishedAt).toBe("2026-03-05");
    expect(dateOf(extract(text), /bomb exploded/)).toBe("2026-03-03");
  });

  it("does not read a date that something else happened on as the publication", () => {
    const text =
      "Report\n\nThe report, published by the council, said the clinic was closed on Thursday, 5 March 2026, after a raid.";
    expect(meta(text).publishedAt).toBeNull();
  });

  it("reads a running head whose parts are parted by spaced dashes", () => {
    const text =
      "RADIO NINEVEH – MORNING NEWS\nFriday 13 March 2026 – 07:00 bulletin – Arabic service\n\nANCHOR: A mortar round hit a market in Tel Afar on Wednesday.";
    expect(meta(text).publishedAt).toBe("2026-03-13");
    expect(dateOf(extract(text), /mortar round hit/)).toBe("2026-03-11");
  });

  it("does not read a dated sentence with dashes in the head as a running head", () => {
    const text = "Floods\nOn 3 March 2026 – a Tuesday – the river rose by two metres.\n\nMore later.";
    expect(meta(text).publishedAt).toBeNull();
  });
});
