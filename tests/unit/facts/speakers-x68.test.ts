import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * Speakers misread on set 64's first sight (issue 10, session 68, helper x68), each checked on
 * sentences written for these tests.
 */

const said = (doc: FactsDocument, words: string) =>
  doc.quotes.filter((q) => q.text.includes(words)).map((q) => q.speaker.name);

describe("a sentence opening with a possessive whose named person cannot be the pronoun", () => {
  it("goes on about the one the possessive stands for, not a third person it names", () => {
    const doc = extract(
      [
        "Jiyan Aziz, 41, has driven an ambulance out of the depot in Sinjar for six years. Last Tuesday, a mortar round hit the yard.",
        "",
        "Her partner Tomas Berg, 38, was killed; a mechanic, Kawa Rostam, was burned on both arms.",
        "",
        "\u201cWe had just come back from a call,\u201d she says. \u201cThe engine was still warm.\u201d",
      ].join("\n"),
    );
    expect(said(doc, "We had just come back")).toEqual(["Jiyan Aziz"]);
  });

  it("still gives the pronoun to the named person when that person can be it", () => {
    const doc = extract(
      [
        "Kawa Rostam runs the depot in Sinjar. Last Tuesday, a mortar round hit the yard.",
        "",
        "Her deputy, Jiyan Aziz, was on duty that night.",
        "",
        "\u201cWe had just come back from a call,\u201d she says.",
      ].join("\n"),
    );
    expect(said(doc, "We had just come back")).toEqual(["Jiyan Aziz"]);
  });
});

describe("according to a document that a body's 'it' made", () => {
  it("is the body the pronoun stands for, not the words of the document's phrase", () => {
    const doc = extract(
      [
        "Road deaths rose again in Dohuk province last year, local officials said on Sunday.",
        "",
        "Over 2025, the Dohuk Traffic Directorate logged 410 crashes on the Zakho road, according to data it passed to the governor's office.",
      ].join("\n"),
    );
    expect(said(doc, "410 crashes")).toEqual(["Dohuk Traffic Directorate"]);
  });
});

describe("'the company' after a body brought in by an appositive with 'a'", () => {
  it("is that body, found by another noun of a business", () => {
    const doc = extract(
      [
        "Gunmen stopped two cement lorries near Daquq on Monday. The cement came from the Northern Cement Works, a state plant, and was carried by Zagros Freight Services, a Sulaimaniyah firm that has moved freight across the province since 2012.",
        "",
        "The company told reporters by phone that it would keep its drivers at home until Friday.",
      ].join("\n"),
    );
    expect(said(doc, "keep its drivers at home")).toEqual(["Zagros Freight Services"]);
  });
});

describe("a trailing attribution with a medium and a time after its verb", () => {
  it("makes the sentence before it what the body said", () => {
    const doc = extract(
      "Two mortar rounds fell on a vegetable market in Tuz Khurmatu late on Saturday, wounding six shoppers, the Saladin Health Directorate said in a release on Sunday.",
    );
    expect(said(doc, "Two mortar rounds fell")).toEqual(["Saladin Health Directorate"]);
  });
});
