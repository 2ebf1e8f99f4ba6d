import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * Tags, channels and quoted objects misread on set 70's first sight (issue 10, helper x83), each
 * checked on sentences written for these tests.
 */

const said = (doc: FactsDocument, words: string) => [
  ...new Set(doc.quotes.filter((q) => q.text.includes(words)).map((q) => q.speaker.name)),
];

describe("a body's relative clause, then 'said through its spokesman'", () => {
  it("leaves the body the speaker: the channel names no one", () => {
    const doc = extract(
      'Mortars hit a stadium in Karbala on Friday. The Ministry of Culture, which funds the festival, said through its spokeswoman, Layla Hamid, that it "stands fully behind" the organisers.',
      "2026-11-02",
    );
    expect(said(doc, "stands fully behind")).toEqual(["Ministry of Culture"]);
    expect(doc.quotes.map((q) => q.speaker.name)).not.toContain("through its spokeswoman");
  });

  it("guard: a tag whose noun phrase names the speaker stays inverted", () => {
    const doc = extract(
      "Mortars hit a stadium in Karbala on Friday. The festival, said the spokesman, will move to the spring.",
      "2026-11-02",
    );
    expect(said(doc, "will move to the spring")).toEqual(["the spokesman"]);
  });
});

describe("fans and supporters", () => {
  it("speak as unnamed sources", () => {
    const doc = extract(
      [
        "The cup final in Erbil was called off after the shelling.",
        "",
        'One supporter from Duhok, who had paid for a hotel, posted on the club\'s page: "We will be there whenever it is played."',
      ].join("\n"),
      "2026-11-02",
    );
    expect(said(doc, "We will be there")).toEqual(["One supporter from Duhok"]);
  });
});

describe("a tag between commas with where it was written", () => {
  it("gives the quoted words to the tag's subject", () => {
    const doc = extract(
      [
        "The monitoring group Sandline Analytics released a study on Wednesday.",
        "",
        "Traders in the province have long said that smugglers prefer small loads to big ones. The Mayadin network, Sandline wrote in its report, shows that \u201cfuel and fighters travel together\u201d.",
      ].join("\n"),
      "2026-11-02",
    );
    expect(said(doc, "fuel and fighters travel together")).toEqual(["Sandline Analytics"]);
  });

  it("guard: a verb after the tag's noun still ends the tag", () => {
    const doc = extract(
      "The monitoring group Sandline Analytics released a study on Wednesday. The network, Sandline wrote, proves that \u201cfuel and fighters travel together\u201d.",
      "2026-11-02",
    );
    expect(said(doc, "fuel and fighters travel together")).toEqual(["Sandline Analytics"]);
  });
});

describe("a stance verb with its quoted object after an article", () => {
  it("gives the quoted words to the one who condemns", () => {
    const doc = extract(
      'A bomb killed six people in Kirkuk on Monday. The Kuwaiti foreign ministry denounced the "criminal and cowardly bombing".',
      "2026-11-02",
    );
    expect(said(doc, "criminal and cowardly bombing")).toEqual(["Kuwaiti foreign ministry"]);
  });

  it("guard: a quoted modifier before the object's noun is no quote", () => {
    const doc = extract(
      'A bomb killed six people in Kirkuk on Monday. The Kuwaiti foreign ministry denounced the "barbaric" bombing of the bus station.',
      "2026-11-02",
    );
    expect(doc.quotes.filter((q) => q.text.includes("barbaric"))).toEqual([]);
  });

  it("guard: a verb of no stance keeps a quoted name after an article as no quote", () => {
    const doc = extract(
      'A bomb killed six people in Kirkuk on Monday. The Kuwaiti foreign ministry welcomed the "Kirkuk compact".',
      "2026-11-02",
    );
    expect(doc.quotes.filter((q) => q.text.includes("Kirkuk compact"))).toEqual([]);
  });
});
