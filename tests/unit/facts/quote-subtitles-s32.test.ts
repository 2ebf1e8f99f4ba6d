import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * Subtitle files (WebVTT, SRT): cue numbers and timing lines are structure, not text, and a
 * cue's voice tag ("<v Mayor>") names who speaks it, as a transcript's label does — on cues
 * written for these tests.
 */

const speakerOf = (doc: FactsDocument, words: string) =>
  doc.quotes.find((q) => q.text.includes(words))?.speaker.name ?? null;

const cues = (lines: string[][]) =>
  lines.map(([timing, words], i) => `${i + 1}\n${timing}\n${words}`).join("\n\n");

const vtt = (body: string[][]) => `WEBVTT\n\n${cues(body)}\n`;

describe("subtitle cues", () => {
  it("keeps cue numbers and timing lines out of the sentences", () => {
    const doc = extract(
      vtt([
        ["00:00:01.000 --> 00:00:04.000", "<v Mayor>The bridge over the river will reopen on Monday."],
        ["00:00:04.200 --> 00:00:08.000", "<v Mayor>The engineers have checked every pillar of it."],
      ]),
    );
    expect(doc.sentences.some((s) => /-->|^\d+$|WEBVTT/.test(s.text))).toBe(false);
  });

  it("reads SRT timing lines, with their decimal commas, as structure too", () => {
    const doc = extract(
      cues([
        ["00:00:01,000 --> 00:00:04,000", "The bridge over the river will reopen on Monday."],
        ["00:00:04,200 --> 00:00:08,000", "The engineers have checked every pillar of it."],
      ]),
    );
    expect(doc.sentences.map((s) => s.text)).toEqual([
      "The bridge over the river will reopen on Monday.",
      "The engineers have checked every pillar of it.",
    ]);
  });

  it("gives each voiced cue to its voice, one quote per cue, and the reporter's questions to nobody", () => {
    const doc = extract(
      vtt([
        ["00:00:01.000 --> 00:00:04.000", "<v Co-chair>We want to speak to the people of the town directly,"],
        ["00:00:04.200 --> 00:00:08.000", "<v Co-chair>before the rumours do. The market stays open."],
        ["00:00:08.200 --> 00:00:10.000", "<v Reporter>Will the schools close this week?"],
        ["00:00:10.200 --> 00:00:14.000", "<v.loud Co-chair>No. The schools stay open all week."],
      ]),
    );
    expect(speakerOf(doc, "speak to the people of the town directly")).toBe("Co-chair");
    expect(speakerOf(doc, "before the rumours do")).toBe("Co-chair");
    expect(speakerOf(doc, "The schools stay open all week")).toBe("Co-chair");
    expect(doc.quotes.some((q) => q.text.includes("Will the schools close"))).toBe(false);
    // A sentence over a cue break is two quotes: the timing line between them is no word of it.
    const first = doc.quotes.find((q) => q.text.includes("directly"));
    expect(first?.text).toBe("We want to speak to the people of the town directly");
  });
});
