import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * "the outlet reported" after an outlet cited by name (set 70's first sight, 696: issue 10,
 * helper x83), checked on text written for these tests.
 */

const said = (doc: FactsDocument, words: string) => [
  ...new Set(doc.quotes.filter((q) => q.text.includes(words)).map((q) => q.speaker.name)),
];

describe("a bare noun for a news outlet after the outlet was cited", () => {
  it("is the outlet quoted just before", () => {
    const doc = extract(
      [
        "According to Rudaw, gunmen seized a bus driver near Zakho on 3 October 2026.",
        "The driver was freed on 6 October after his employer paid USD 12,000, the outlet reported, quoting a cousin who called the gunmen \u201cyoung and nervous\u201d.",
      ].join(" "),
    );
    expect(said(doc, "The driver was freed on 6 October")).toEqual(["Rudaw"]);
    // What follows "quoting" names whom the outlet drew on, not what it reported.
    expect(doc.quotes.filter((q) => q.text.startsWith("quoting"))).toEqual([]);
    expect(said(doc, "young and nervous")).toEqual(["a cousin"]);
  });

  it("guard: a person quoted just before is no outlet", () => {
    const doc = extract(
      [
        "Karwan Aziz, a lawyer in Zakho, said the road was closed on 3 October 2026.",
        "The driver was freed on 6 October, the site reported.",
      ].join(" "),
    );
    expect(said(doc, "The driver was freed")).not.toContain("Karwan Aziz");
  });
});
