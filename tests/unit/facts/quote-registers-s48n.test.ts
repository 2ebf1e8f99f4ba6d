import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * Quote and speaker readings from the forty-fifth held-out set's misses (session 48): a post a
 * body's possessor gives, a name inside the quotation a tag closes, a description relayed by
 * "according to", a confession after a colon, an unnamed post brought in before "and he told
 * me", and a wire shotlist's unbracketed soundbite cue. Each on sentences written for these tests.
 */

const said = (doc: FactsDocument, words: string) =>
  doc.quotes.filter((q) => q.text.includes(words)).map((q) => [q.kind, q.speaker.name]);

describe("a post a possessor gives to its body", () => {
  it("does not read 'the battalion's duty officer' as a general named before", () => {
    const doc = extract(
      [
        "The governor of Basra, Brigadier General Salim Hadi al-Tamimi, visited the market.",
        '"We will stay," he said.',
        "Police arrested two men in Zubair, according to the battalion's duty officer.",
      ].join(" "),
    );
    expect(said(doc, "Police arrested two men")).toEqual([["indirect", "battalion's duty officer"]]);
  });

  it("still reads a bare 'the officer' as the officer named before", () => {
    const doc = extract(
      [
        "Colonel Saad Jaber al-Obeidi commands the sector.",
        "Police arrested two men in Zubair, according to the officer.",
      ].join(" "),
    );
    expect(said(doc, "Police arrested two men")).toEqual([["indirect", "Saad Jaber al-Obeidi"]]);
  });
});

describe("a person named inside the quotation a tag closes", () => {
  it("gives '\"Karim asked me ...,\" he said' to the man named before, not to Karim", () => {
    const doc = extract(
      [
        "On Thursday, Karim Aziz was wounded at a checkpoint.",
        "Father Yousif Toma, our priest, visited him on Friday.",
        "\u201cKarim asked me to thank everyone, he is fine,\u201d he said.",
      ].join(" "),
    );
    expect(said(doc, "Karim asked me")).toEqual([["direct", "Yousif Toma"]]);
  });
});

describe("a description relayed by 'according to'", () => {
  it("gives the words quoted in 'X described Y as \"...\", according to Z' to X", () => {
    const doc = extract(
      "The mayor met the governor on Monday. The governor described the plan as \u201csensible but costly\u201d, according to the mayor's spokesman.",
    );
    expect(said(doc, "sensible but costly")).toContainEqual(["direct", "The governor"]);
    expect(said(doc, "sensible but costly")).not.toContainEqual(["direct", "mayor's spokesman"]);
  });
});

describe("a confession after a colon", () => {
  const interview = (lead: string) =>
    [
      "MAGAZINE \u00b7 INTERVIEW",
      "Karim Aziz commands the police in Zakho.",
      "",
      "Q: Who did it?",
      `A: We arrested the driver's accomplice two days later. ${lead} "They told me it was a delivery of cigarettes."`,
      "",
      "Q: What next?",
      "A: We need more scanners at the border crossings.",
    ].join("\n");

  it("gives the words an answer quotes after 'The accomplice confessed to us:' to the accomplice", () => {
    const doc = extract(interview("The accomplice confessed to us:"));
    expect(said(doc, "They told me it was")).toContainEqual(["direct", "The accomplice"]);
  });

  it("does not read 'confessed to planting' as a verb of saying", () => {
    const doc = extract(
      "The police chief said a patrol had arrested four men on Saturday, and that one of them had confessed to planting the device.",
    );
    expect(said(doc, "one of them had confessed to planting")).toEqual([["indirect", "police chief"]]);
  });
});

describe("an unnamed post brought in before 'and he told me'", () => {
  it("gives 'I spoke to the mayor of X and he told me that ...' to the mayor", () => {
    const doc = extract(
      [
        "HOST: What do you know?",
        "",
        "GUEST: One of the dead was a father of three. I called the mayor of Tel Afar yesterday and he told me that the schools are closed.",
      ].join("\n"),
    );
    expect(said(doc, "the schools are closed")).toContainEqual(["indirect", "mayor of Tel Afar"]);
  });
});

describe("a wire shotlist's soundbite cue", () => {
  it("gives the quotation under '2. SOUNDBITE (Arabic) NAME, post:' to the one named", () => {
    const doc = extract(
      [
        "SHOTLIST",
        "1. Wide of the market",
        "2. SOUNDBITE (Arabic) Hamid Salman Kadhim, shop owner:",
        '"The shelling started at noon and nobody came to help us."',
        "3. Close of a burned car",
      ].join("\n"),
    );
    expect(said(doc, "The shelling started at noon")).toEqual([["direct", "Hamid Salman Kadhim"]]);
  });
});
