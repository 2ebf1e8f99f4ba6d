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

describe("a force's raid on a building, told by its verb", () => {
  const entries = (doc: ReturnType<typeof extract>) =>
    doc.facts.filter((f) => (f.kind === "countermeasure" || f.kind === "event") && f.date);

  it("makes a dated operation of a force that raided a house", () => {
    const doc = extract(
      "On Monday afternoon, a force of the Nineveh Police Command raided a house in the Sinjar district used by a smuggling network, and freed nine persons.",
      "2026-05-27",
    );
    const raid = doc.facts.find((f) => f.kind === "countermeasure" && /raided a house/.test(f.text));
    expect(raid?.date?.value).toBe("2026-05-25");
  });

  it("does not read a raid by gunmen on a house as an operation", () => {
    const doc = extract(
      "Gunmen raided a house in the village on Monday and killed two brothers.",
      "2026-05-27",
    );
    expect(doc.facts.some((f) => f.kind === "countermeasure" && /raided a house/.test(f.text))).toBe(false);
  });

  it("prints one entry for a capture and the raid it came of, told in two sentences", () => {
    const doc = extract(
      [
        "The SDF captured an IS financier in the eastern countryside on Wednesday night.",
        "On Wednesday night, SDF special forces backed by coalition helicopters raided a house in the town of Abu Hamam and captured the financier.",
      ].join(" "),
      "2025-05-23",
    );
    expect(entries(doc).filter((f) => f.date?.value === "2025-05-21")).toHaveLength(1);
  });
});

describe("people named by what they do, not by name", () => {
  it("keeps 'Passengers' and 'Shoppers' opening a sentence out of the entities", () => {
    const doc = extract(
      "The crossing was closed to lorries on Sunday. Passengers continued to cross. Shoppers left the market early.",
    );
    const names = doc.entities.map((e) => e.name);
    expect(names).not.toContain("Passengers");
    expect(names).not.toContain("Shoppers");
  });
});
