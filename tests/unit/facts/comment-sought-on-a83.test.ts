import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * A happening named only as what a comment was sought on or declined ("The agency could not reach
 * the prison administration for comment on the escape", held-out set 67's case 975) is a note on
 * sourcing: the sentence tells no happening of its own. Other wordings of the class.
 */

const tagged = (text: string, tag: string) =>
  extract(text, "2027-01-20T00:00:00Z").facts.filter((f) => f.tags?.includes(tag as never));

describe("a happening named as what a comment was sought on", () => {
  it("tells nothing of its own", () => {
    for (const text of [
      "Reporters could not reach the camp's director for comment on the breakout.",
      "The radio could not reach the Asayish in Hasakah for any comment on the reported escape.",
    ])
      expect(tagged(text, "escape"), text).toEqual([]);
  });
  it("but a comment given on the escape, or the escape told, still tells it", () => {
    for (const text of [
      "The spokesman commented on the escape of six detainees from the Hasakah prison on 2 March.",
      "Six detainees escaped from the Hasakah prison on 2 March, and the spokesman declined to comment.",
    ])
      expect(tagged(text, "escape").length, text).toBeGreaterThan(0);
  });
});
