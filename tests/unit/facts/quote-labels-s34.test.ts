import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * Quote and speaker rules from the twenty-fifth held-out set's misses (session 34): a vox pop's
 * labelled answers, a title of standing that a later "the sheikh" names, a
 * fronted phrase before the subject, and unnamed sources named by their restrictive clause.
 * Each on sentences written for these tests.
 */

const said = (doc: FactsDocument, words: string) =>
  doc.quotes.filter((q) => q.text.includes(words)).map((q) => [q.kind, q.speaker.name]);

describe("labelled answers (vox pop)", () => {
  it("gives an untagged quoted paragraph to the person its label line names", () => {
    const doc = extract(
      [
        "We asked four people in Basra what they think of the new checkpoints.",
        "",
        "Karim Jassim Hadi, 52, fisherman, Abu al-Khasib",
        '"The boats wait two hours at the bridge. Nobody tells us why."',
        "",
        "Suad Kareem Naji, 30, nurse",
        '"I leave the hospital at midnight and I am stopped three times."',
      ].join("\n"),
    );
    expect(said(doc, "boats wait two hours")).toEqual([["direct", "Karim Jassim Hadi"]]);
    expect(said(doc, "stopped three times")).toEqual([["direct", "Suad Kareem Naji"]]);
  });

  it("takes no sentence ending in a full stop for a label", () => {
    const doc = extract(
      [
        "Karim Jassim Hadi, a fisherman, has lived by the river all his life.",
        '"The boats wait two hours at the bridge. Nobody tells us why."',
      ].join("\n"),
    );
    expect(said(doc, "boats wait two hours")).toEqual([]);
  });
});

describe("titles of standing", () => {
  it("reads 'the sheikh' as the person named with the title Sheikh", () => {
    const doc = extract(
      'Sheikh Majid Sattar al-Obeidi, a tribal leader in Hawija, met the governor on Monday. The sheikh, who lost two sons in 2015, said the tribes would "hold the line" this winter.',
    );
    expect(said(doc, "tribes would")).toEqual([["indirect", "Majid Sattar al-Obeidi"]]);
  });
});

describe("subjects after a fronted phrase", () => {
  it("opens the subject at the article after the fronted phrase's noun", () => {
    const doc = extract(
      'Lieutenant Colonel Salam Hadi Jawad led the raid on the farm. In his written report the colonel noted: "The door was open and the generator was still warm."',
    );
    expect(said(doc, "generator was still warm")).toEqual([["direct", "Salam Hadi Jawad"]]);
  });
});

describe("unnamed sources named by their restrictive clause", () => {
  it("keeps 'who survived' in the name of a bare indefinite source", () => {
    const doc = extract(
      'A guard who survived told the agency that the gunmen had come "from the river side".',
    );
    expect(said(doc, "gunmen had come")).toEqual([["indirect", "A guard who survived"]]);
  });

  it("leaves the clause out when the source has its own affiliation", () => {
    const doc = extract(
      "A medic with the Civil Defence who works at the camp told reporters that six people were hurt.",
    );
    expect(said(doc, "six people were hurt")).toEqual([["indirect", "A medic with the Civil Defence"]]);
  });
});

describe("relatives of a named person", () => {
  it("takes 'a relative of NAME' for the relative, not the one named", () => {
    const doc = extract(
      'A cousin of Salem Yousif Karim, reached by phone in Sinjar, said: "He was only going to buy bread."',
    );
    expect(said(doc, "going to buy bread")).toEqual([["direct", "A cousin of Salem Yousif Karim"]]);
  });

  it("takes 'the brother of NAME' as the subject of a report", () => {
    const doc = extract(
      "The brother of Haidar Nabil Saeed told reporters that the family had heard nothing.",
    );
    expect(said(doc, "family had heard nothing")).toEqual([
      ["indirect", "The brother of Haidar Nabil Saeed"],
    ]);
  });

  it("reads 'she' after \"NAME's mother\" as the mother, not the man named", () => {
    const doc = extract(
      'Corporal Hassan Jalil Obeid died at the gate on Monday. We visited Hassan\'s mother the next day. She said, "He called me an hour before."',
    );
    expect(said(doc, "called me an hour before")).toEqual([["direct", "Hassan's mother"]]);
  });
});

describe("a partitive subject opening a second clause", () => {
  it("reads '..., and one of them told X that ...' as that one's report", () => {
    const doc = extract(
      'The police detained three men near Hawija, and one of them told the interrogators that they had been paid "fifty dollars a night".',
    );
    expect(said(doc, "fifty dollars")).toEqual([
      ["indirect", "one of them"],
      ["direct", "one of them"],
    ]);
  });
});

describe("a quotation resumed after a pause", () => {
  it("gives 'Then, after a pause: \"...\"' to the one quoted just before", () => {
    const doc = extract(
      '"We have nothing left to sell," Amal Sabri Younis said. Then, after a pause: "Except the house, and nobody buys here."',
    );
    expect(said(doc, "nobody buys here")).toEqual([["direct", "Amal Sabri Younis"]]);
  });

  it("gives it to nobody when the sentence before quotes no one", () => {
    const doc = extract(
      'The market was empty by noon. Then, after a pause: "Except the house, and nobody buys here."',
    );
    expect(said(doc, "nobody buys here")).toEqual([]);
  });
});

describe("what a body said, named with the body", () => {
  it("reads a label 'Ministry of Interior response:' as the ministry's words", () => {
    const doc = extract(
      [
        "Finding 3: the Ministry of Interior has not repaired the scanners at the northern gates.",
        "",
        'Ministry of Interior response: "Funds for the repairs were approved in October and the work will start in January."',
      ].join("\n"),
    );
    expect(said(doc, "Funds for the repairs")).toEqual([["direct", "Ministry of Interior"]]);
  });

  it('gives "the Embassy\'s letter stated" to the embassy', () => {
    const doc = extract(
      'The French Embassy in Baghdad was asked about the visas. The Embassy\'s letter stated that the delays were "purely technical".',
    );
    expect(said(doc, "delays were")).toEqual([["indirect", "French Embassy"]]);
  });
});
