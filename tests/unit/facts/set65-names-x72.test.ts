import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * Names and speakers the first sight of blind set 65 (640-649) found misread, on sentences written
 * for these tests: a body's name whose first field the word list does not know ("Hajj and
 * Pilgrimage Organisation"), a body named by a comma-listed remit other than a ministry's ("Bureau
 * of Manpower, Employment and Training"), and an "according to" phrase that the comma inside such
 * a name cut short.
 */

const names = (doc: FactsDocument) => doc.entities.map((e) => e.name);
const quoteOf = (doc: FactsDocument, words: string) => doc.quotes.find((q) => q.text.includes(words));

describe("a body's name with fields joined by 'and' or listed with commas", () => {
  it("'Zakat and Welfare Authority' is one body, not a 'Welfare Authority'", () => {
    const doc = extract(
      "According to Pakistan's Zakat and Welfare Authority, twelve shrines were shut in May.",
    );
    expect(names(doc)).toContain("Zakat and Welfare Authority");
    expect(names(doc)).not.toContain("Welfare Authority");
    expect(quoteOf(doc, "twelve shrines were shut")?.speaker.name).toBe("Zakat and Welfare Authority");
  });

  it("a given name before 'and' still opens no body ('Ali and Army officers')", () => {
    const doc = extract("Ali and Army officers met at the gate of the Water Authority in Kut on Sunday.");
    expect(names(doc)).not.toContain("Ali and Army");
  });

  it("'the Bureau of Migration, Labour and Skills' keeps its whole remit and speaks after 'according to'", () => {
    const doc = extract(
      "The camp was quiet. According to the Bureau of Migration, Labour and Skills, 800 people left in June.",
    );
    expect(names(doc)).toContain("Bureau of Migration, Labour and Skills");
    const q = quoteOf(doc, "800 people left in June");
    expect(q?.speaker.name).toBe("Bureau of Migration, Labour and Skills");
    expect(q?.text.startsWith("800 people")).toBe(true);
  });

  it("a sentence-opening 'The Department of Roads, Bridges and Ferries' keeps its remit too", () => {
    const doc = extract("The Department of Roads, Bridges and Ferries said the crossing would reopen.");
    expect(names(doc)).toContain("Department of Roads, Bridges and Ferries");
  });
});
