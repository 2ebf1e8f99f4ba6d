import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * Quote and speaker readings from the fifty-seventh held-out set's misses and the sets still
 * below the speaker target (session 60, helper q60). Each on sentences written for these tests.
 */

const said = (doc: FactsDocument, words: string) =>
  doc.quotes.filter((q) => q.text.includes(words)).map((q) => [q.kind, q.speaker.name]);

describe("a kin noun named straight after a possessive brings in a new person", () => {
  it("reads 'He' after 'His brother Sami, 31, ...' as the brother, not the man 'His' stands for", () => {
    const doc = extract(
      [
        "The mayor of the village of Deir Khalaf, Karim Saleh al-Haddad, was killed on Monday night when a bomb went off under his car.",
        "",
        "His brother Sami, 31, who was in the passenger seat, was wounded in the legs. He told our reporter that the family had received threats in the spring.",
        '"They wanted the orchards," he said.',
      ].join("\n"),
    );
    expect(said(doc, "the family had received threats")).toEqual([["indirect", "Sami"]]);
    expect(said(doc, "They wanted the orchards")).toEqual([["direct", "Sami"]]);
  });

  it("still carries 'He' back over a sentence opening with a possessive that names nobody", () => {
    const doc = extract(
      [
        "The mayor of the village of Deir Khalaf, Karim Saleh al-Haddad, survived a bomb on Monday night.",
        "",
        "His car was burnt out in front of the house. He told our reporter that the family had received threats in the spring.",
      ].join("\n"),
    );
    expect(said(doc, "the family had received threats")).toEqual([["indirect", "Karim Saleh al-Haddad"]]);
  });
});

describe("'Commandant' is a rank written before a name", () => {
  it("reads 'Commandant Aoife Byrne' as the person a later 'she says' stands for", () => {
    const doc = extract(
      [
        "The patrol leaves the base at first light. Commandant Aoife Byrne, from Sligo, rides in the lead vehicle.",
        "",
        "'Every bend has a story,' she says. 'We learn them all.'",
      ].join("\n"),
    );
    expect(said(doc, "Every bend has a story")).toEqual([["direct", "Aoife Byrne"]]);
  });

  it("does not make a speaker of 'the commandant's office' used as a noun", () => {
    const doc = extract("The camp commandant's office said the gates would stay shut until Friday.");
    expect(doc.entities.filter((e) => e.type === "person").map((e) => e.name)).toEqual([]);
  });
});
