import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * Quote and speaker rules from the thirty-first held-out set's misses (session 37): words a
 * witness remembers someone saying, figures "the X gave", a person's team reporting, a notice's
 * "We, the family of ..., declare ...". Each on sentences written for these tests.
 */

const said = (doc: FactsDocument, words: string) =>
  doc.quotes.filter((q) => q.text.includes(words)).map((q) => [q.kind, q.speaker.name]);

describe("remembered sayings", () => {
  it("gives words remembered or heard being said to the one remembered, not the one remembering", () => {
    const doc = extract(
      [
        'Layla Hassan, a nurse, remembers the old doctor who trained her saying, "A ward is only as good as its night shift."',
        "",
        "The mayor, Saad Ibrahim Karim, recalls his grandfather telling him, the winter the bridge fell: 'Build it again before spring.'",
      ].join("\n"),
    );
    expect(said(doc, "only as good as")).toEqual([["direct", "old doctor"]]);
    expect(said(doc, "Build it again")).toEqual([["direct", "his grandfather"]]);
  });

  it("keeps a plain recollection or saying with its subject", () => {
    const doc = extract('Saad Ibrahim Karim recalled the flood, saying, "We lost every field that year."');
    expect(said(doc, "every field")).toEqual([["direct", "Saad Ibrahim Karim"]]);
  });
});

describe("sources named inside the phrase they are known by", () => {
  it("reads 'according to figures the X gave to Y' as the body that gave them", () => {
    const doc = extract(
      "According to figures the Anbar Operations Command gave to the provincial council, 14 roadside bombs were found in March.",
    );
    expect(said(doc, "14 roadside bombs")).toEqual([["indirect", "Anbar Operations Command"]]);
  });

  it("gives what a named person's team reports to the team", () => {
    const doc = extract(
      "Dr. Salwa Nuri Hamed leads the clinic. On Sunday, Dr. Hamed's team reported that two more patients had arrived from the camp.",
    );
    expect(said(doc, "two more patients")).toEqual([["indirect", "Dr. Hamed's team"]]);
  });

  it("gives a notice's declaration to the 'We' it names between commas, and a later 'the family' to a new family", () => {
    const doc = extract(
      [
        "We, the family of the late Jasim Khalaf al-Dulaimi of Hit, declare before God and the tribe that we have no tie to our cousin Bakr.",
        "",
        'The family of Mr. Ali Saleh of Rawa thanks the doctors of the hospital, who, the family says, "never left his bed."',
      ].join("\n"),
    );
    expect(said(doc, "no tie to our cousin")).toEqual([
      ["indirect", "the family of the late Jasim Khalaf al-Dulaimi"],
    ]);
    expect(said(doc, "never left his bed")).not.toContainEqual([
      "direct",
      "the family of the late Jasim Khalaf al-Dulaimi",
    ]);
  });
});
