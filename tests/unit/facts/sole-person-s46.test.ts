import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 46, on texts written for these tests: a "he" far from the name it stands for is the one
 * person the text has named, when it has named only one.
 */

const entitiesOf = (text: string, words: RegExp) => {
  const doc = extract(text, "2026-06-10");
  const fact = doc.facts.find((f) => f.kind === "event" && words.test(f.text));
  return (fact?.entities ?? []).map((id) => doc.entities.find((e) => e.id === id)?.name);
};

describe("a pronoun standing for the only person named", () => {
  const RELEASE = [
    "Police yesterday arrested the Iraqi national Karim Haddad in Hamburg.",
    "",
    "According to the investigation, the accused joined the group in Mosul in the summer of 2014.",
    "Until at least October 2016 the accused served in its police.",
    "In the second half of 2016, the accused is said to have burned oil wells near Qayyarah.",
    "He entered Germany in 2019.",
  ].join("\n");

  it("'He entered Germany in 2019' four sentences after the only name is that person's", () => {
    expect(entitiesOf(RELEASE, /entered Germany/)).toContain("Karim Haddad");
  });

  it("with two people named before, the far pronoun stays unresolved", () => {
    const text = RELEASE.replace("in Hamburg.", "in Hamburg, and his brother Ali Haddad in Bremen.");
    expect(entitiesOf(text, /entered Germany/)).not.toContain("Karim Haddad");
    expect(entitiesOf(text, /entered Germany/)).not.toContain("Ali Haddad");
  });
});
