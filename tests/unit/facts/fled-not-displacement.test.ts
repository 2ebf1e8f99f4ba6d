import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

// "Fled" tags displacement when people leave their homes, not when attackers get away or soldiers
// leave their posts: a briefing's "displacement of residents" signpost must not be shown by a
// raid's getaway.
const tagsOf = (text: string) =>
  extractFacts({ id: "t", title: "t", text, publishedAt: "2027-02-10" }).facts.map((f) => ({
    text: f.text,
    tags: [...(f.tags ?? [])],
  }));
const displaced = (text: string) => tagsOf(text).some((f) => f.tags.includes("displacement"));

describe("who fled", () => {
  it("does not read the attackers' getaway as displacement", () => {
    expect(
      displaced(
        "Army drones hit two pick-up trucks carrying the assailants as they fled east towards the Wadi al-Miyah valley on Tuesday night.",
      ),
    ).toBe(false);
    expect(
      displaced("The gunmen torched the grain store at Umm Tuwaynah and fled on motorcycles before dawn."),
    ).toBe(false);
  });

  it("still reads families and residents who fled as displaced, also after the attackers are named", () => {
    expect(
      displaced(
        "Militants shelled the outskirts of Qaryatayn on Monday and more than 60 families fled to Hisyah.",
      ),
    ).toBe(true);
    expect(
      displaced("Gunmen raided the village of Kabajeb on Sunday and its residents fled towards Deir ez-Zor."),
    ).toBe(true);
  });
});
