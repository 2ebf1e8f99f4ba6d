import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * Quote and speaker rules from the thirty-second held-out set's misses (session 37, round two):
 * a quotation split by a tag whose verb comes first, and the subject of a clause told to a
 * hearer. Each on sentences written for these tests.
 */

const said = (doc: FactsDocument, words: string) =>
  doc.quotes.filter((q) => q.text.includes(words)).map((q) => [q.kind, q.speaker.name]);

describe("quotations split by a verb-first tag", () => {
  it("gives the second part to the one the tag names, named or described", () => {
    const named = extract(
      'The mayor spoke on Monday. "The road is closed until Friday," said Ahmed Saleh Jumaa, "and nobody should try to drive it at night."',
    );
    expect(said(named, "closed until Friday")).toEqual([["direct", "Ahmed Saleh Jumaa"]]);
    expect(said(named, "nobody should try")).toEqual([["direct", "Ahmed Saleh Jumaa"]]);
    const titled = extract('"We have no fuel," said Col. Karim Hadi, "so the patrols stopped."');
    expect(said(titled, "so the patrols stopped")).toEqual([["direct", "Karim Hadi"]]);
    const described = extract(
      'The mayor spoke on Monday. "The road is closed until Friday," said the police chief, "and nobody should try to drive it at night."',
    );
    expect(said(described, "nobody should try")).toEqual([["direct", "police chief"]]);
  });

  it("does not read a clause between the parts as a split tag", () => {
    const doc = extract(
      'The mayor spoke on Monday. "The road is closed," said Ahmed Saleh Jumaa, who then left, and a guard told us he had heard "nothing about it".',
    );
    expect(said(doc, "nothing about it")).not.toContainEqual(["direct", "Ahmed Saleh Jumaa"]);
  });
});

describe("the subject of a clause told to a hearer", () => {
  it("gives the told clause's words to its own subject, not to the telling", () => {
    const doc = extract(
      'The guard who raised the alarm, Saleh Khalaf, told the director the men had said they were "looking for their sheep".',
    );
    expect(said(doc, "looking for their sheep")).toContainEqual(["direct", "the men"]);
    expect(doc.quotes.map((q) => q.speaker.name)).not.toContain("told the director the men");
  });

  it("keeps a hearer with its prepositional phrase whole", () => {
    const doc = extract(
      'Saleh Khalaf told the director of the museum the guards had said the wall was "too low to stop anyone".',
    );
    expect(said(doc, "too low to stop anyone")).toContainEqual(["direct", "the guards"]);
  });
});
