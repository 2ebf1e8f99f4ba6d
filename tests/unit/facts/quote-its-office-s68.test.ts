import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * "Its office in Zakho told me", "Its Duhok branch said" (issue 10, session 68): the office or
 * branch of a body, owned by "its", speaks for the body even when a place says where the office
 * sits, and "its" is the body the sentence before named when no body has spoken yet. Sentences
 * written for these tests.
 */

const said = (doc: FactsDocument, words: string) =>
  doc.quotes.filter((q) => q.text.includes(words)).map((q) => q.speaker.name);

const OPENING = "ERBIL (Reuters) - Families are asked to register with the Kurdistan Red Crescent Society.";

describe("a body's office or branch owned by 'its'", () => {
  it("with the place it sits in after it is the body", () => {
    const doc = extract(
      `${OPENING} Its office in Zakho told me it had seen 12 new families, and that most had come "with nothing but their papers".`,
    );
    const speakers = said(doc, "with nothing but their papers");
    expect(speakers.length).toBeGreaterThan(0);
    expect(new Set(speakers)).toEqual(new Set(["Kurdistan Red Crescent Society"]));
  });

  it("with the place before it, or a branch, is the body", () => {
    for (const owner of ["Its Duhok branch", "Its branch in Duhok", "Its office at the Domiz camp"]) {
      const doc = extract(
        `${OPENING} ${owner} said on Monday that it had handed out "nearly 900 tents" since the floods.`,
      );
      expect(said(doc, "nearly 900 tents"), owner).toContain("Kurdistan Red Crescent Society");
    }
  });

  it("stays the body that spoke before, not the last one named", () => {
    const doc = extract(
      'QAMISHLI (Reuters) - The Asayish said on Sunday they had arrested three members of Islamic State. Its media office in Hasakah said the men had planned "an attack on the market".',
    );
    const speakers = said(doc, "an attack on the market");
    expect(speakers.length).toBeGreaterThan(0);
    expect(new Set(speakers)).toEqual(new Set(["Asayish"]));
  });
});
