import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * 'Dr. Hero Mahmoud visited the two wounded officers … and thanked them "for standing on that road
 * for all of us"': the reason of a thanking, quoted from its "for", is the thanker's words (set
 * 72's first sight, 710, issue 10, helper x88). Sentences written for these tests.
 */

const quotes = (text: string) =>
  extract(text).quotes.map((q) => ({ speaker: q.speaker.name, text: q.text, kind: q.kind }));

describe("a quoted reason after a verb of thanking", () => {
  it("gives the words to the one who thanked", () => {
    const found = quotes(
      "The Zakho deputy mayor, Nazar Ibrahim, went to the burned school on Monday and thanked the firemen “for saving every classroom but one”.",
    );
    const q = found.find((x) => x.text === "for saving every classroom but one");
    expect(q?.speaker).toBe("Nazar Ibrahim");
    expect(q?.kind).toBe("direct");
  });

  it("leaves a quoted word inside the writer's own reason no quote of the thanker's", () => {
    const found = quotes(
      "The Zakho deputy mayor, Nazar Ibrahim, went to the burned school on Monday and thanked the firemen for their “quiet” work.",
    );
    expect(found.some((x) => x.text === "quiet")).toBe(false);
  });
});
