import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";
import { assessStory } from "../../support/themes.js";

/**
 * A comment sought "on the night of the escape" names the escape only as the time the outlet
 * tried to reach someone: like "for comment on the escape", the sentence is a note on sourcing
 * and tells no escape of its own. Held-out set 68's case 989 cited Welat FM's such note as an
 * escape; other outlets, sites and times here.
 */

const AT = new Date("2027-04-01T12:00:00Z");
const LEAD = "Nine detainees escaped from the Sina'a prison in Hasakah on 4 March, a monitor said.";
const roles = (sentence: string) =>
  assessStory("isis-prison-escape", [LEAD, sentence], AT, "Reuters", "2027-03-20").roles(1);
const escapes = (text: string) =>
  extractFacts({ id: "t", title: "t", text }).facts.some((f) => f.tags?.includes("escape"));

describe("a comment sought on the night of a happening", () => {
  it.each([
    "Radio Nawa could not reach the prison guards for comment on the night of the breakout.",
    "The agency could not reach the camp administration for comment on the evening of the escape.",
  ])("is a note on sourcing, no escape: %s", (sentence) => {
    expect(escapes(sentence)).toBe(false);
    expect(roles(sentence)).toEqual([]);
  });

  it("but an escape told on that night is still one", () => {
    const sentence = "A guard told Radio Nawa that five more men escaped on the night of the breakout.";
    expect(escapes(sentence)).toBe(true);
    expect(roles(sentence)).toContain("driver:escape-reported");
  });
});
