import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * Speakers in registers of session 32 (committee decisions, appeal pages, travel blogs), on
 * sentences written for these tests: the party to an application, a subject after a fronted
 * time, a restrictive "who", a relayed statement, a Kurdish courtesy title.
 */

const quoteOf = (doc: FactsDocument, words: string, kind?: "direct" | "indirect") =>
  doc.quotes.find((q) => q.text.includes(words) && (!kind || q.kind === kind));
const speakerOf = (doc: FactsDocument, words: string, kind?: "direct" | "indirect") =>
  quoteOf(doc, words, kind)?.speaker.name ?? null;

describe("session 32 speakers", () => {
  it("reads the applicant of a committee decision as a speaker", () => {
    const doc = extract(
      "Decision No. 12/Kifri\n\nThe applicant states that the roof of his shop collapsed after the shelling of 4 May. He states that the shop had been closed for a week.",
    );
    expect(speakerOf(doc, "the roof of his shop collapsed", "indirect")).toBe("The applicant");
  });

  it("finds an indefinite subject after a fronted time for the 'he' of the next sentence", () => {
    const doc = extract(
      "Aid reached Hit last week. On Sunday a representative of the Anbar Water Directorate inspected the pumps. He said the supply would return within ten days.",
    );
    expect(speakerOf(doc, "the supply would return", "indirect")).toBe(
      "a representative of the Anbar Water Directorate",
    );
  });

  it("reads the clause after 'according to X' when only a time stands before it", () => {
    const doc = extract(
      "The valley has flooded before, and in March 2021, according to local farmers, a flash flood destroyed the bridge at Qara Tappa.",
    );
    const q = quoteOf(doc, "a flash flood destroyed the bridge", "indirect");
    expect(q?.speaker.name).toBe("local farmers");
    expect(q?.text.startsWith("a flash flood")).toBe(true);
  });

  it("gives a restrictive 'who said' clause to the source noun it follows", () => {
    const doc = extract(
      "On the road north we met a farmer who said the checkpoint had been closed since dawn. We turned back.",
    );
    expect(speakerOf(doc, "the checkpoint had been closed", "indirect")).toBe("a farmer");
  });

  it("gives a statement relayed by an outlet to the speaker the clause names", () => {
    const doc = extract(
      'According to Shafaq News, the Interior Ministry said on Monday that it had "dismantled a cell" near Tarmiyah.',
    );
    expect(speakerOf(doc, "dismantled a cell", "direct")).not.toBe("Shafaq News");
    expect(doc.quotes.filter((q) => q.speaker.name === "Shafaq News")).toEqual([]);
  });

  it("keeps the Kurdish courtesy title Kak in the name a person goes by", () => {
    const doc = extract(
      'We drove to Ranya with a local guide, Kak Rebwar, and his son. Rebwar did not like the road. "The pass is closed after dark," he said.',
    );
    const people = doc.entities.filter((e) => e.type === "person").map((e) => e.name);
    expect(people).toContain("Kak Rebwar");
    expect(speakerOf(doc, "The pass is closed after dark", "direct")).toBe("Kak Rebwar");
  });

  it("does not give 'he' to an unnamed source whose noun is a woman's", () => {
    const doc = extract(
      'Mahmoud Aziz drives a lorry in Kirkuk. A woman in Tuz sold him fuel at dawn. "The road was quiet," he said.',
    );
    expect(speakerOf(doc, "The road was quiet", "direct")).toBe("Mahmoud Aziz");
  });

  it("passes over the people named in a sentence that opens with the pronoun itself", () => {
    const doc = extract(
      'Karim Saleh farms near Hawija. His land, surveyed in 2019 by Ahmed Jabbar, is now mined. "We cannot plant this year," he said.',
    );
    expect(speakerOf(doc, "We cannot plant this year", "direct")).toBe("Karim Saleh");
  });

  it("gives words to the kin a possessive names, not to the possessor", () => {
    const named = extract(
      'Salim Hadi lost his hand in the blast. "Every prayer helps," as Salim\'s sister, Umm Rana, says.',
    );
    expect(speakerOf(named, "Every prayer helps", "direct")).toBe("Umm Rana");
    const unnamed = extract(
      'Salim Hadi lost his hand in the blast. "Every prayer helps," says Salim\'s sister.',
    );
    expect(speakerOf(unnamed, "Every prayer helps", "direct")).toBe("Salim's sister");
  });

  it("reads 'One of them, a <description>, told' as the partitive's words with their apposition", () => {
    const doc = extract(
      "Villagers saw a pick-up near the silos. One of them, a woman of about forty, told our reporter that the truck left at noon.",
    );
    // ANNOTATION.md rule 11 (d): "One of them" alone describes no one; the text's full form is the speaker
    expect(speakerOf(doc, "the truck left at noon", "indirect")).toBe("One of them, a woman of about forty");
  });
});
