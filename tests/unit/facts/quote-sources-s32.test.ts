import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * Sources of new registers — a case report's patient, a map's contributor, a deed's guarantor
 * and parties — and the verbs of a deed ("acknowledges that", "undertakes that") and of a page
 * ("posted that"), on sentences written for these tests.
 */

const article = (body: string) =>
  `Tuesday 10 March 2026\n\nA short note of narration opens the page.\n\n${body}\n\nThe page ends here.`;

const quoteOf = (doc: FactsDocument, words: string) => doc.quotes.find((q) => q.text.includes(words));

describe("sources of new registers", () => {
  it("hears a patient, a contributor and a guarantor", () => {
    const doc = extract(
      article(
        [
          'The patient later told the nurse who changed his bandage: "I thought it was a toy. My brother has one."',
          "A contributor in the city told us that the bridge was closed for six hours.",
          "The guarantor declared before those present that the dispute is settled.",
        ].join(" "),
      ),
    );
    expect(quoteOf(doc, "I thought it was a toy")?.speaker.name).toBe("The patient");
    expect(quoteOf(doc, "the bridge was closed for six hours")?.speaker.name).toBe(
      "A contributor in the city",
    );
    expect(quoteOf(doc, "the dispute is settled")?.speaker.name).toBe("The guarantor");
  });

  it("reads a deed's 'acknowledges that' and 'undertakes that' as what a party states", () => {
    const doc = extract(
      article(
        "The first party acknowledges that the shots came from its land. The second party undertakes that the raid will not be repeated.",
      ),
    );
    expect(quoteOf(doc, "the shots came from its land")?.kind).toBe("indirect");
    expect(quoteOf(doc, "the raid will not be repeated")?.kind).toBe("indirect");
    // Undertaking a task reports nothing.
    const work = extract(article("The second party undertook repairs to the canal after the flood."));
    expect(work.quotes).toEqual([]);
  });

  it("reads 'posted that' as a report, 'posted a photograph' as none", () => {
    const doc = extract(article("A local activist posted that the market had reopened at noon."));
    expect(quoteOf(doc, "the market had reopened at noon")?.speaker.name).toBe("A local activist");
    const photo = extract(article("A local activist posted a photograph that showed the market at noon."));
    expect(photo.quotes).toEqual([]);
  });

  it("hears a business and a source placed by 'there'", () => {
    const doc = extract(
      article(
        "The hotel says it is the quietest place in the city. The guard there said that the lift had been repaired.",
      ),
    );
    expect(quoteOf(doc, "the quietest place in the city")?.speaker.name).toBe("The hotel");
    expect(quoteOf(doc, "the lift had been repaired")?.speaker.name).toMatch(/guard there$/);
  });
});
