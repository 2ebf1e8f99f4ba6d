import { describe, expect, it } from "vitest";
import { segment } from "../../../src/core/facts/text/segment.js";
import { tokenize } from "../../../src/core/facts/text/tokenize.js";
import { extract } from "./helpers.js";

/** Updated and corrected stories: sentences written for these tests, not taken from the corpus. */

const metadata = (text: string) => segment(text, tokenize(text)).metadata;
const dateOf = (doc: ReturnType<typeof extract>, pattern: RegExp) =>
  doc.facts.find((f) => pattern.test(f.text))?.date?.value;

const STORY = [
  "THE RIVER GAZETTE",
  "Published Wednesday 4 March 2026, 10:00 · Updated Thursday 5 March 2026, 08:15",
  "",
  "Two guards killed at a border post",
  "",
  "CORRECTION (Thursday 5 March): An earlier version of this story said the attack took place on Sunday night; it took place on Monday night.",
  "",
  "TALL AFAR, Iraq — Gunmen killed two guards at a border post near the town on Monday night, a police officer said.",
  "",
  "UPDATE: On Thursday morning, the police said they had arrested three men in a nearby village.",
  "",
  "Police detained a driver on Thursday, a week after the market fire.",
].join("\n");

describe("stories updated after publication", () => {
  it("reads the update stamp beside the publication's", () => {
    expect(metadata(STORY)).toMatchObject({ publishedAt: "2026-03-04", updatedAt: "2026-03-05" });
  });

  it("keeps no update stamp earlier than, or absent beside, the publication", () => {
    expect(
      metadata("Published Wednesday 4 March 2026\n\nText of the story here, long enough to read."),
    ).not.toHaveProperty("updatedAt");
  });

  it("counts the weekdays of an UPDATE paragraph from the update, the rest from publication", () => {
    const doc = extract(STORY);
    expect(dateOf(doc, /arrested three men/)).toBe("2026-03-05");
    // Outside the update paragraph, Thursday is the one before the Wednesday paper.
    expect(dateOf(doc, /detained a driver/)).toBe("2026-02-26");
  });

  it("drops the correction note: what an earlier version said is no event", () => {
    const doc = extract(STORY);
    expect(doc.facts.some((f) => /took place on Sunday night/.test(f.text))).toBe(false);
    expect(dateOf(doc, /killed two guards/)).toBe("2026-03-02");
    expect(doc.sentences.some((s) => s.text.includes("earlier version"))).toBe(false);
  });

  it("keeps a paragraph labelled Correction that is no note on the story itself", () => {
    const doc = extract(
      "Correction: officers at the prison were moved to another wing on Monday, the ministry said in a statement issued after the riot.",
    );
    expect(doc.sentences.some((s) => s.text.includes("moved to another wing"))).toBe(true);
  });
});
