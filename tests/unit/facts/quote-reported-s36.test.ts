import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * Quote and speaker rules learnt from the twenty-ninth held-out set (issue 10): reported speech
 * in trip reports, letters, expert reports and culture pages. Each on sentences written for
 * these tests.
 */

const said = (doc: FactsDocument, words: string) =>
  doc.quotes.filter((q) => q.text.includes(words)).map((q) => [q.kind, q.speaker.name]);

describe("reported speech of the twenty-ninth held-out set (issue 10)", () => {
  it("reads a clause after 'according to X' that follows a fronted 'Since <month>'", () => {
    const doc = extract(
      "Since March, according to the district council, 410 families have returned to the old town.",
    );
    expect(said(doc, "410 families")).toEqual([["indirect", "district council"]]);
  });

  it("keeps a longer noun phrase after 'according to' as the source, hyphenated words and all", () => {
    const doc = extract(
      "According to the regional water board for south-west Anbar, nine pumping stations were damaged in May.",
    );
    expect(said(doc, "nine pumping stations")).toEqual([
      ["indirect", "regional water board for south-west Anbar"],
    ]);
  });

  it("does not take a long 'according to' phrase with a clause in it as the source's name", () => {
    const doc = extract(
      "The depot was looted twice, according to figures his office shared with the local paper last week.",
    );
    expect(said(doc, "looted twice").map(([, who]) => who)).not.toContain(
      "figures his office shared with the local paper last week",
    );
  });

  it("finds the subject after a fronted place phrase with no comma, across a first verb", () => {
    const doc = extract(
      'At the gate of the old fort the sergeant checked our papers and said we could walk the walls "only until sunset".',
    );
    expect(said(doc, "only until sunset")).toEqual([
      ["indirect", "the sergeant"],
      ["direct", "the sergeant"],
    ]);
  });

  it("gives a message sent by a named person, with its time, to that person", () => {
    const doc = extract(
      "The ferry was cancelled on Friday. Karim Yousef texted me that night: 'Come on Sunday. The river will be calm.'",
    );
    expect(said(doc, "Come on Sunday")).toEqual([["direct", "Karim Yousef"]]);
    // "that night" is a time, not the start of a reported clause.
    expect(doc.quotes.filter((q) => q.kind === "indirect")).toEqual([]);
  });

  it("still reads 'told me that night that ...' as reported speech", () => {
    const doc = extract("Karim Yousef told me that night that the bridge was closed.");
    expect(said(doc, "the bridge was closed")).toEqual([["indirect", "Karim Yousef"]]);
  });

  it("gives words told inside a reported clause to that clause's own subject", () => {
    const doc = extract(
      "Leila Aziz says that, two days after the raid, three men came to the bakery and told her: 'Close the shop or we will close it for you.'",
    );
    expect(said(doc, "Close the shop")).toEqual([
      ["indirect", "Leila Aziz"],
      ["direct", "three men"],
    ]);
  });

  it("keeps the sentence's subject for a verb after ', and' that goes back to it", () => {
    const doc = extract(
      'The Iraqi presidency said in a statement that the president had called the governor, and stressed that "the law alone will decide".',
    );
    expect(said(doc, "the law alone")).toContainEqual(["direct", "Iraqi presidency"]);
  });

  it("gives what is asked for, quoted, to the one who asks", () => {
    const doc = extract(
      "Rana Saleh tells me that the girl from the second tent, Mariam, asked her on Sunday for 'a blue scarf, not a red one'.",
    );
    expect(said(doc, "a blue scarf")).toContainEqual(["direct", "Mariam"]);
    expect(said(doc, "the girl from the second tent")).toContainEqual(["indirect", "Rana Saleh"]);
  });

  it("keeps a request recounted inside a that-clause its reporter's", () => {
    const doc = extract(
      'Karwan Ali, a ministry spokesman, said on Sunday that the ministry had asked the coalition to keep its advisers in Erbil "at least until the spring".',
    );
    expect(said(doc, "at least until the spring")).toContainEqual(["direct", "Karwan Ali"]);
  });

  it("reads a quoted verb after a subject pronoun as the reported clause's verb", () => {
    const doc = extract('The visiting club\'s management said they "fully accept" the ruling.');
    expect(said(doc, "the ruling")).toEqual([["indirect", "visiting club's management"]]);
  });

  it("takes the source of 'whom I interviewed' before the relative clause, not its body", () => {
    const doc = extract(
      [
        "Prepared by Dr Samir Aziz, Lecturer in Security Studies",
        'A senior officer of the Iraqi Border Guard Command, whom I interviewed in Erbil in June, told me that the smugglers "move at night and pay by the load".',
      ].join("\n\n"),
    );
    expect(said(doc, "move at night")).toContainEqual([
      "direct",
      "A senior officer of the Iraqi Border Guard Command",
    ]);
  });
});
