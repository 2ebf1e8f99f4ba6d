import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * "it" after a sentence's opening adverbial of time or of the statement it was said in is the
 * body the sentence before opened with (set 69's first sight, helper x84), on text written for these tests.
 */

const speakerOf = (doc: ReturnType<typeof extract>, words: string) =>
  doc.quotes.filter((q) => q.text.includes(words)).map((q) => q.speaker.name);

describe("'it said' after an opening adverbial", () => {
  it("after 'In a weekly statement on Friday'", () => {
    const doc = extract(
      'The Jordanian Border Guard Directorate gave no figure for the clash. In a weekly statement on Friday it said its patrols had "stopped 14 infiltrators" along the frontier.',
      "2027-01-20",
    );
    expect(speakerOf(doc, "stopped 14 infiltrators")).toContain("Jordanian Border Guard Directorate");
  });

  it("after a time phrase and a comma", () => {
    const doc = extract(
      "The Kirkuk Oil Workers Syndicate called a strike. Late on Tuesday, it said talks with the company had broken down.",
      "2027-01-20",
    );
    expect(speakerOf(doc, "talks with the company had broken down")).toContain(
      "Kirkuk Oil Workers Syndicate",
    );
  });

  it("guard: an opening clause with its own subject keeps 'it' from the sentence before", () => {
    const doc = extract(
      'The Kirkuk Oil Workers Syndicate called a strike. When the army arrived it said the road was "closed to all traffic".',
      "2027-01-20",
    );
    expect(speakerOf(doc, "closed to all traffic")).not.toContain("Kirkuk Oil Workers Syndicate");
  });
});
