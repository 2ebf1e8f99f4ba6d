import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * "Jean-Marc Delorme said …" opening a sentence was read as "Marc Delorme": "Jean" is also a
 * common word, and a sentence's first common word is dropped from a name (set 72's first sight,
 * 713, issue 10, helper x88). A word hyphened to a capitalised word that a surname follows is the
 * first half of a compound given name. Sentences written for these tests.
 */

const people = (text: string) =>
  extract(text)
    .entities.filter((e) => e.type === "person")
    .map((e) => e.name);

describe("a compound given name opening a sentence", () => {
  it("keeps both halves of the given name", () => {
    const names = people(
      "The Duhok stage was cut short on Friday. Jean-Luc Morand said the times would stand.",
    );
    expect(names).toContain("Jean-Luc Morand");
    expect(names).not.toContain("Luc Morand");
  });

  it("keeps a prefix hyphened to an adjective out of a body's name", () => {
    const doc = extract("Pro-Turkish Syrian National Army units shelled the village near Afrin on Monday.");
    expect(doc.entities.some((e) => /^Pro\b/.test(e.name))).toBe(false);
    expect(doc.entities.some((e) => e.name === "Syrian National Army")).toBe(true);
  });
});
