import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * Quote and speaker rules from the thirtieth held-out set's misses (session 36, round 2): a
 * notice issued by an institution ("The Hospital calls on ..."), a surname ending as plurals do,
 * "according to him", a tag between a subject and its predicate, a law firm's solicitors. Each
 * on sentences written for these tests.
 */

const said = (doc: FactsDocument, words: string) =>
  doc.quotes.filter((q) => q.text.includes(words)).map((q) => [q.kind, q.speaker.name]);

describe("speakers of a notice and its sources", () => {
  it("gives 'he said' to the last speaker whose surname ends in -as or -is, not to an earlier one", () => {
    const doc = extract(
      [
        "Colonel Sami Rashid Fattah said the roads were closed.",
        "",
        'Yunis Abbas, a trader in Telafer, said he had lost his stock. "I sold nothing this month," he said.',
      ].join("\n"),
    );
    expect(said(doc, "I sold nothing")).toEqual([["direct", "Yunis Abbas"]]);
  });

  it("reads 'according to him' as the person quoted just before", () => {
    const doc = extract(
      [
        "The clinic's director, Dr. Salwa Nuri Hamed, said the ward was full.",
        'According to her, the patients "came from three villages", which is why the ward stays shut.',
      ].join("\n"),
    );
    expect(said(doc, "came from three villages")).toContainEqual(["direct", "Salwa Nuri Hamed"]);
    expect(said(doc, "came from three villages")).not.toContainEqual(["direct", "her"]);
  });

  it("lets a hospital or school speak, by its full name and then as 'the Hospital'", () => {
    const doc = extract(
      [
        "The Teaching Hospital of Basra informs patients that the eye clinic will move to the new wing.",
        "",
        "The Hospital calls on visitors not to bring food into the wards, and warns that parking will be closed.",
      ].join("\n"),
    );
    expect(said(doc, "the eye clinic will move")).toEqual([["indirect", "Teaching Hospital of Basra"]]);
    // "The Hospital" is the body named in full before.
    expect(said(doc, "visitors not to bring food")).toEqual([["indirect", "Teaching Hospital of Basra"]]);
    expect(said(doc, "parking will be closed")).toEqual([["indirect", "Teaching Hospital of Basra"]]);
  });

  it("does not make a relative clause's place ('who works in the camp hospital') the speaker", () => {
    const doc = extract(
      "A nurse with the Red Crescent who works in the camp hospital contradicted him, saying there had been two deaths.",
    );
    const speakers = said(doc, "two deaths").map(([, name]) => name);
    expect(speakers.length).toBeGreaterThan(0);
    expect(speakers.some((n) => /works/.test(n ?? ""))).toBe(false);
  });

  it("reports the predicate after a tag between the subject and its verb", () => {
    const doc = extract(
      [
        "Dr. Karim al-Tawil said the museum had reopened.",
        "The directorate, al-Tawil added, has listed more than 300 objects as stolen.",
        "Our visitors, Dr. al-Tawil said, had been patient.",
      ].join("\n"),
    );
    expect(said(doc, "has listed more than 300 objects")).toEqual([["indirect", "Karim al-Tawil"]]);
    expect(said(doc, "had been patient")).toEqual([["indirect", "Karim al-Tawil"]]);
  });

  it("lets solicitors speak for their client", () => {
    const doc = extract(
      "The seller's solicitors said in a statement on Monday that their client had bought the vase from a dealer in 2015.",
    );
    expect(said(doc, "their client had bought the vase")).toEqual([["indirect", "seller's solicitors"]]);
  });
});
