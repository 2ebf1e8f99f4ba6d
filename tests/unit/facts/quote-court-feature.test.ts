import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * Court reports and features: "he replied:", "the court heard that", "said after the verdict
 * that", present-tense "reckons", sources described by a body or by two relative clauses, and
 * statements posted somewhere — on sentences written for these tests.
 */

const speakerOf = (doc: FactsDocument, words: string, kind?: "direct" | "indirect") =>
  doc.quotes.find((q) => q.text.includes(words) && (!kind || q.kind === kind))?.speaker.name ?? null;

describe("court reports", () => {
  it("attributes a quote after 'he replied:' and what 'the court heard' to the last speaker", () => {
    const doc = extract(
      [
        'Karim Abbas Fadhil stood in the dock. Asked whether he regretted anything, he replied: "I only drove the truck."',
        "The prosecution told the court that Fadhil had driven fighters to Tikrit in 2015. The court heard that three of them were later killed in an air strike.",
      ].join("\n\n"),
    );
    expect(speakerOf(doc, "I only drove the truck", "direct")).toBe("Karim Abbas Fadhil");
    expect(speakerOf(doc, "three of them were later killed", "indirect")).toBe(
      speakerOf(doc, "Fadhil had driven fighters", "indirect"),
    );
    expect(speakerOf(doc, "three of them were later killed", "indirect")).not.toBeNull();
  });

  it("reads 'said after the verdict that', and names 'his lawyer' by the post", () => {
    const doc = extract(
      "The hearing was put off because his defence lawyer said she needed more time. The lawyer, Noor Jabbar, said after the verdict that she would appeal.",
    );
    expect(speakerOf(doc, "she would appeal", "indirect")).toBe("Noor Jabbar");
    // "The lawyer, Noor Jabbar," names the defence lawyer who spoke before.
    expect(speakerOf(doc, "she needed more time", "indirect")).toBe("Noor Jabbar");
    const unnamed = extract("The hearing was put off because his defence lawyer said she needed more time.");
    // Unnamed, the post keeps its possessive, which says whose lawyer she is (as golds write "His lawyer").
    expect(speakerOf(unnamed, "she needed more time", "indirect")).toBe("his defence lawyer");
  });

  it("gives 'she said' to the woman a relative clause introduced, not to an earlier speaker", () => {
    const doc = extract(
      [
        'The lawyer, Noor Jabbar, said the trial was rushed. "We had two days," she said.',
        "Families waited outside. Umm Saif, whose husband was killed in 2016, held his photograph.",
        '"I have waited ten years," she said.',
      ].join("\n\n"),
    );
    expect(speakerOf(doc, "I have waited ten years", "direct")).toBe("Umm Saif");
  });

  it("reads governments as a source speaking with 'have said they will'", () => {
    const doc = extract("Several Asian governments have said they will not repatriate the women.");
    expect(speakerOf(doc, "they will not repatriate the women", "indirect")).toBe(
      "Several Asian governments",
    );
  });
});

describe("features", () => {
  it("reads a present-tense 'reckons' as what the speaker says", () => {
    const doc = extract(
      "Abu Salem has driven the route for years. Abu Salem reckons he has crossed it a thousand times.",
    );
    expect(speakerOf(doc, "he has crossed it a thousand times", "indirect")).toBe("Abu Salem");
  });

  it("keeps a source described by a body's name as the source, not as a person named in it", () => {
    const doc = extract(
      'An Iraqi army officer in Qaim, who was not allowed to brief the press, said the raids had been "planned together".',
    );
    expect(speakerOf(doc, "planned together", "direct")).toBe("An Iraqi army officer in Qaim");
  });

  it("names a source described by two relative clauses by the phrase before them", () => {
    const doc = extract(
      "A doctor in Mosul who treats the returnees, and who asked not to be named because she works for the ministry, said the clinics were overwhelmed.",
    );
    expect(speakerOf(doc, "the clinics were overwhelmed", "indirect")).toBe("A doctor in Mosul");
  });

  it("gives a statement posted by a body on a platform to the body", () => {
    const doc = extract(
      "On 3 May, the Jordanian army destroyed a drug laboratory near the border, according to a statement posted by the army on X.",
    );
    const q = doc.quotes.find((x) => x.text.includes("destroyed a drug laboratory"));
    expect(q?.speaker.name).not.toMatch(/ on X$/);
    expect(q?.speaker.name.toLowerCase()).toContain("army");
  });
});
