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
  it("keeps the Kurdish courtesy title Kak in the name a person goes by", () => {
    const doc = extract(
      'We drove to Ranya with a local guide, Kak Rebwar, and his son. Rebwar did not like the road. "The pass is closed after dark," he said.',
    );
    const people = doc.entities.filter((e) => e.type === "person").map((e) => e.name);
    expect(people).toContain("Kak Rebwar");
    expect(speakerOf(doc, "The pass is closed after dark", "direct")).toBe("Kak Rebwar");
  });
});
