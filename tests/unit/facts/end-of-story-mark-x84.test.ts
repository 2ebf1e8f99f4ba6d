import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/** An end-of-story mark after the last full stop (set 69's first sight, helper x84), on text written for these tests. */

const speakerOf = (doc: ReturnType<typeof extract>, words: string) =>
  doc.quotes.filter((q) => q.text.includes(words)).map((q) => q.speaker.name);

describe("a tombstone after the last sentence ends the sentence's words", () => {
  it("reads the trailing tag before the mark", () => {
    const doc = extract(
      "A clinic in Sinjar reopened on Monday.\n\nMost of the villages south of the mountain still have no doctor, and the winter makes the roads worse, aid workers say. ■",
      "2027-01-11",
    );
    expect(speakerOf(doc, "Most of the villages south of the mountain")).toContain("aid workers");
  });

  it("guard: a tag with no verb of saying before the mark quotes no one", () => {
    const doc = extract(
      "A clinic in Sinjar reopened on Monday.\n\nMost of the villages south of the mountain still have no doctor, and the winter makes the roads worse. ■",
      "2027-01-11",
    );
    expect(doc.quotes.filter((q) => q.text.includes("Most of the villages"))).toHaveLength(0);
  });
});
