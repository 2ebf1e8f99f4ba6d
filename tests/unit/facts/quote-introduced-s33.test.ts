import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * A person brought in unnamed by an indefinite post ("met a border police officer") is the "he"
 * of the next sentence and "the officer" of the sentences after, not a holder of a like post
 * named a paragraph before; on sentences written for these tests.
 */

const article = (body: string) =>
  `Tuesday 10 March 2026\n\nA short note of narration opens the page.\n\n${body}\n\nThe page ends here.`;

const quoteOf = (doc: FactsDocument, words: string, kind?: "direct" | "indirect") =>
  doc.quotes.find((q) => q.text.includes(words) && (!kind || q.kind === kind));

const named =
  'A police spokesman, Colonel Faris Jabbar, told reporters that the bridge "will reopen on Friday".';

describe("an unnamed person brought in as the object of the verb", () => {
  const text = article(
    [
      named,
      "",
      'On Monday our correspondent met a senior customs officer in Zakho. He said the trucks were searched twice at the crossing. Asked why, he answered: "Because the scanners broke in May."',
      "",
      "The officer claimed the smugglers pay drivers to carry the boxes. Nobody could confirm this.",
    ].join("\n"),
  );

  it("gives the next sentence's pronoun to that person, not the colonel named before", () => {
    const doc = extract(text);
    expect(quoteOf(doc, "will reopen on Friday", "direct")?.speaker.name).toBe("Faris Jabbar");
    expect(quoteOf(doc, "the trucks were searched twice", "indirect")?.speaker.name).toBe(
      "a senior customs officer",
    );
    expect(quoteOf(doc, "Because the scanners broke", "direct")?.speaker.name).toBe(
      "a senior customs officer",
    );
  });

  it("leaves 'the officer' of a later sentence to that unnamed person", () => {
    const doc = extract(text);
    const claim = quoteOf(doc, "the smugglers pay drivers", "indirect");
    expect(claim).toBeDefined();
    expect(claim?.speaker.name).not.toBe("Faris Jabbar");
  });

  it("does not take a person named in apposition for an unnamed one", () => {
    const doc = extract(
      article(
        [
          named,
          "",
          'A customs officer, Major Dilan Aziz, met the press on Monday. He said the scanners were "broken since May".',
        ].join("\n"),
      ),
    );
    expect(quoteOf(doc, "broken since May", "direct")?.speaker.name).toBe("Dilan Aziz");
  });

  it("does not take the object of a preposition or an owner for the speaker", () => {
    const doc = extract(
      article(
        [
          'Colonel Faris Jabbar spoke at the bridge on Monday. His men sat on a plastic chair by the gate. He said the gate "stays shut at night".',
          "",
          'Colonel Faris Jabbar spoke again on Tuesday. They counted a driver\'s papers twice. He said the road "is calm".',
        ].join("\n"),
      ),
    );
    expect(quoteOf(doc, "stays shut at night", "direct")?.speaker.name).toBe("Faris Jabbar");
    expect(quoteOf(doc, "is calm", "direct")?.speaker.name).toBe("Faris Jabbar");
  });
});
