import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * Reported clauses misread on set 70's first sight (issue 10, helper x83), each checked on sentences
 * written for these tests.
 */

const said = (doc: FactsDocument, words: string) => [
  ...new Set(doc.quotes.filter((q) => q.text.includes(words)).map((q) => q.speaker.name)),
];

describe("a name and its apposition before 'said'", () => {
  it("are the subject; the noun phrase after 'said' opens the reported clause", () => {
    const doc = extract(
      "The Zerevani, the guard force of the region, said the driver, known only as Abu Ali, had carried fuel for the cells.",
      "2026-11-02",
    );
    expect(said(doc, "had carried fuel for the cells")).toEqual(["Zerevani"]);
    expect(doc.quotes.map((q) => q.speaker.name)).not.toContain("the driver");
  });

  it("guard: a quoted first part with a name inverted after 'said' keeps that name", () => {
    const doc = extract(
      "\u201cThe road is shut until the bridge is checked,\u201d said the engineer, Salwa Aziz, \u201cand nobody should try it.\u201d",
      "2026-11-02",
    );
    expect(said(doc, "The road is shut")).toEqual(["Salwa Aziz"]);
  });
});

describe("a past verb in -ed with its object after a plural subject", () => {
  it("opens the reported clause after 'said'", () => {
    const doc = extract(
      "Police raided a shop in Manbij. The Asayish said the man had fled. It said investigators confiscated the ledgers and three laptops.",
      "2026-11-02",
    );
    expect(said(doc, "investigators confiscated the ledgers")).toEqual(["Asayish"]);
  });

  it("guard: a participle with a count of time after it describes the noun", () => {
    const doc = extract(
      "Police raided a shop in Manbij. The Asayish said the suspects impounded two weeks ago remained in custody.",
      "2026-11-02",
    );
    expect(said(doc, "remained in custody")).toEqual(["Asayish"]);
    expect(doc.quotes.filter((q) => q.text.includes("remained in custody"))[0]?.text).toMatch(
      /^the suspects/,
    );
  });
});
