import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * Pronouns resolved to the wrong person (issue 10, session 67): a "he" inside a transcript's turn
 * read as the turn's own speaker, and the one who adds after ", adding:" read as a body named in
 * the question put to them. Each on sentences written for these tests.
 */

const said = (doc: FactsDocument, words: string) =>
  doc.quotes.filter((q) => q.text.includes(words)).map((q) => [q.kind, q.speaker.name]);

describe("a pronoun inside a transcript turn", () => {
  it("is never the turn's own speaker", () => {
    const doc = extract(
      [
        "Instagram reel by @basra.markets (Karim Saadoun), posted Monday 3 August 2026",
        "Transcript translated from Arabic",
        "",
        "KARIM: Hello from the fish market in Basra. Last night a fire broke out in the cold store at the back.",
        "",
        "KARIM: The bakery's owner, Yunus Ahmed Sharif, was hurt in the fire. I met him at the clinic. He told me: 'The flames came from the generator and I ran.'",
        "",
        "KARIM: The market will open again on Thursday.",
      ].join("\n"),
    );
    // The turn holds the words too, as part of what Karim says; the quote of them is Yunus's.
    expect(said(doc, "The flames came from the generator")).toContainEqual(["direct", "Yunus Ahmed Sharif"]);
  });

  it("is the person the turn speaks of, and a quote of their own", () => {
    const doc = extract(
      [
        "UNITED STATES DISTRICT COURT, TRANSCRIPT OF PROCEEDINGS",
        "",
        "THE COURT: Ms. Ferris, you may proceed.",
        "",
        'MS. FERRIS: Thank you, Your Honor. Nadia Ferris for the government. In April the defendant wired money to a broker in Gaziantep. He knew what it was for. In a text message he wrote to the broker, "Send the boys before the snow comes." That is the evidence.',
        "",
        'MR. OKAFOR: Your Honor, Mr. Dabbagh regrets it. He told the agents, "I only wanted my brother home."',
        "",
        "THE COURT: Noted.",
      ].join("\n"),
    );
    expect(said(doc, "I only wanted my brother home")).toContainEqual(["direct", "Dabbagh"]);
  });
});

describe("the one who adds after a fronted question", () => {
  it("is the pronoun that said the clause before, not a body named in the question", () => {
    const doc = extract(
      'Salim Haddad, the council\'s spokesman, spoke to reporters on Monday. Asked about claims that Hurras al-Din had planted the mine, he said he had read "a statement online", adding: "We cannot confirm it and we will not repeat it."',
    );
    expect(said(doc, "We cannot confirm it")).toContainEqual(["direct", "Salim Haddad"]);
    expect(said(doc, "We cannot confirm it")).not.toContainEqual(["direct", "Hurras al-Din"]);
  });
});

describe("a source named by an occupation written as one word with its qualifier", () => {
  it("speaks, and is the 'she' of the next sentence rather than an earlier source", () => {
    const doc = extract(
      [
        "THE GUESTBOOK",
        "",
        'A pilgrim from Homs wrote on the first page: "We came back to pray here." A headteacher from Manbij wrote that her class had drawn the minaret from memory. She wrote: "They had never seen it standing."',
      ].join("\n"),
    );
    expect(said(doc, "her class had drawn the minaret")).toEqual([["indirect", "A headteacher from Manbij"]]);
    expect(said(doc, "They had never seen it standing")).toEqual([["direct", "A headteacher from Manbij"]]);
  });

  it("leaves a compound whose last part is a short noun such as 'guard' alone", () => {
    const doc = extract(
      'The new safeguard said nothing about arms. "We will check every truck," the customs officer said.',
    );
    expect(doc.quotes.map((q) => q.speaker.name)).not.toContain("new safeguard");
  });
});
