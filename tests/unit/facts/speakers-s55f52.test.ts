import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * Speakers the fifty-second held-out set read badly (session 55), on sentences written for
 * these tests: a body's saying with its ordinal ("the monitor's first post says"), an editor
 * named by the post, the party of a ruling named by its part ("the claimant stated"), and the
 * one quoted "on page 9 as saying".
 */

const speakerOf = (doc: FactsDocument, words: string, kind?: "direct" | "indirect") =>
  doc.quotes.find((q) => q.text.includes(words) && (!kind || q.kind === kind))?.speaker.name ?? null;

describe("a body's saying named with its possessor and an ordinal is the body's", () => {
  it("'the Observatory's first post says' is the Observatory's", () => {
    const doc = extract(
      "The Euphrates Observatory's first post says gunmen attacked a checkpoint near Hajin on Wednesday.",
    );
    expect(speakerOf(doc, "gunmen attacked a checkpoint", "indirect")).toBe("Euphrates Observatory");
  });

  it("'the ministry's latest statement said' likewise", () => {
    const doc = extract(
      "The Ministry of Interior's latest statement said two smugglers had been arrested near Rutba.",
    );
    expect(speakerOf(doc, "two smugglers had been arrested", "indirect")).toBe("Ministry of Interior");
  });
});

describe("an editor is a post that speaks", () => {
  it("'The managing editor said ...' is the managing editor named before", () => {
    const doc = extract(
      "Its managing editor, Maria Lopez, told the council that the paper had been careful. The managing editor said no second source had been sought.",
    );
    expect(speakerOf(doc, "no second source had been sought", "indirect")).toBe("Maria Lopez");
  });
});

describe("the party of a ruling speaks as 'the claimant'", () => {
  it("'Claimant: X' then 'The claimant stated that ...' is X", () => {
    const doc = extract(
      "Claimant: Nadhima Fakhri Sultan\n\nThe claimant stated that her house had been hit by a shell in Tuz on 3 May 2026.",
    );
    expect(speakerOf(doc, "her house had been hit", "indirect")).toBe("Nadhima Fakhri Sultan");
  });

  it("'the applicant, X,' then 'the applicant told the committee ...' is X", () => {
    const doc = extract(
      "The committee heard the applicant, Rozhin Kamal Aziz, on 4 May. The applicant told the committee that the shop had been looted twice.",
    );
    expect(speakerOf(doc, "the shop had been looted", "indirect")).toBe("Rozhin Kamal Aziz");
  });
});

describe("'is quoted on page N as saying': where the words were printed changes no speaker", () => {
  it("the subject of the passive is the one quoted, in single quotes too", () => {
    const doc = extract(
      "The interview with Sheikh Hamid al-Obeidi is the best part of the book. He is quoted on page 9 as saying, 'We lost nine men in one week, and nobody came.' The editors should date it.",
    );
    expect(speakerOf(doc, "We lost nine men", "direct")).toBe("Hamid al-Obeidi");
  });

  it("'was quoted in the report as saying that ...' likewise", () => {
    const doc = extract("Hamid al-Obeidi was quoted in the report as saying that the road was closed.");
    expect(speakerOf(doc, "the road was closed", "indirect")).toBe("Hamid al-Obeidi");
  });
});
