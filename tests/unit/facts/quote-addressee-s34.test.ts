import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * Quote and speaker rules from the twenty-sixth held-out set's misses (session 34, round 2): a
 * text addressed in the second person to one person (a judge's sentencing remarks, an open
 * letter) names that person once in the vocative, and every later "you" who speaks is that
 * person. Each on sentences written for these tests.
 */

const said = (doc: FactsDocument, words: string) =>
  doc.quotes.filter((q) => q.text.includes(words)).map((q) => [q.kind, q.speaker.name]);

describe("'you' in a text addressed to one person", () => {
  const remarks = [
    "Sentencing remarks",
    "",
    "1. Omar Latif Haddad, you are now 41. The jury convicted you of two counts.",
    "",
    "2. You told the police that you had carried the parcels 'as a favour to a cousin'. I do not accept that.",
    "",
    "3. In a letter to your sister in May 2021 you wrote: 'The work is easy and the pay is good.'",
  ].join("\n");

  it("gives 'You told the police that ...' to the one named in the opening vocative", () => {
    const doc = extract(remarks);
    expect(said(doc, "as a favour to a cousin")).toContainEqual(["direct", "Omar Latif Haddad"]);
    expect(said(doc, "you had carried the parcels")).toContainEqual(["indirect", "Omar Latif Haddad"]);
  });

  it("reads 'you' as the subject after a fronted phrase ('In a letter ... you wrote:')", () => {
    const doc = extract(remarks);
    expect(said(doc, "The work is easy")).toEqual([["direct", "Omar Latif Haddad"]]);
  });

  it("gives 'you' to nobody named when no vocative opens a sentence", () => {
    const doc = extract(
      [
        "Omar Latif Haddad was convicted of two counts on Friday.",
        "",
        "You told the police that you had carried the parcels 'as a favour to a cousin'.",
      ].join("\n"),
    );
    const speakers = doc.quotes.filter((q) => q.text.includes("favour")).map((q) => q.speaker.name);
    expect(speakers).not.toContain("Omar Latif Haddad");
  });
});

describe("'according to its tally' after a body's own clause", () => {
  it("gives the count to the body the possessive stands for, not to the tally", () => {
    const doc = extract(
      "The Syrian Observatory for Human Rights, a monitor based in Britain, has recorded 12 kidnappings in Idlib since March, according to its latest count.",
    );
    expect(said(doc, "has recorded 12 kidnappings")).toEqual([
      ["indirect", "Syrian Observatory for Human Rights"],
    ]);
  });

  it("keeps a possessive before a person who is no document ('according to his lawyer')", () => {
    const doc = extract(
      "Ahmed Karim Saleh was detained in Kirkuk last week. He was moved to Baghdad on Monday, according to his lawyer.",
    );
    expect(said(doc, "moved to Baghdad")).toEqual([["indirect", "his lawyer"]]);
  });
});
