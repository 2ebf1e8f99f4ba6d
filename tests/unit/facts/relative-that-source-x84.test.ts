import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * An unnamed source described by a noun phrase with a "that" clause, then a "who" clause (set
 * 69's first sight, helper x84), on text written for these tests.
 */

const speakerOf = (doc: ReturnType<typeof extract>, words: string) =>
  doc.quotes.filter((q) => q.text.includes(words)).map((q) => q.speaker.name);

describe("'A NOUN at a BODY that VERBS ..., who asked not to be named, told us ...'", () => {
  it("names the source by the whole phrase", () => {
    const doc = extract(
      'The port reopened on Friday. A shipping agent at a firm that handles grain cargoes in Umm Qasr, who asked not to be named, told us the delay was "the longest since the spring."',
      "2027-03-01",
    );
    expect(speakerOf(doc, "the longest since the spring")).toContain(
      "A shipping agent at a firm that handles grain cargoes in Umm Qasr",
    );
  });

  it("guard: a named person before the clauses keeps the words", () => {
    const doc = extract(
      'The port reopened on Friday. Karim Jassim, an agent at a firm that handles grain cargoes, who has worked there for years, told us the delay was "the longest since the spring."',
      "2027-03-01",
    );
    expect(speakerOf(doc, "the longest since the spring")).toContain("Karim Jassim");
  });
});
