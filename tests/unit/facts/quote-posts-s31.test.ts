import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * A FAQ page's "A:" answers, an office's title holding "and", and a post named before (or far
 * from) the name of the one person who holds it — on sentences written for these tests.
 */

const speakerOf = (doc: FactsDocument, words: string, kind?: "direct" | "indirect") =>
  doc.quotes.find((q) => q.text.includes(words) && (!kind || q.kind === kind))?.speaker.name ?? null;

describe("FAQ answers", () => {
  it("reads a Q:/A: page with no interviewee as the page's own voice, not the words of 'A'", () => {
    const text = [
      "RIVERSIDE COLLEGE · VISITOR INFORMATION",
      "Q: Is the library open?",
      "A: Yes. The library reopened this morning after the flood.",
      "Q: Who runs the clean-up?",
      "A: The estates office. Its manager said on Monday that the basement would stay shut until May.",
    ].join("\n\n");
    const doc = extract(text);
    expect(doc.quotes.some((q) => q.speaker.name === "A")).toBe(false);
    expect(doc.quotes.some((q) => q.text.includes("The library reopened"))).toBe(false);
    expect(speakerOf(doc, "the basement would stay shut", "indirect")).not.toBeNull();
  });
});

describe("offices whose title holds 'and'", () => {
  it("keeps 'of X and Y' inside the speaker's title", () => {
    const doc = extract(
      "The depot was closed on Friday. The Minister of Fisheries and Forests said on Thursday that the ban would be lifted in June.",
    );
    expect(speakerOf(doc, "the ban would be lifted", "indirect")).toBe("Minister of Fisheries and Forests");
  });
});

describe("a post named apart from its holder", () => {
  it("gives a definite post the one person the article names as holding it, named later", () => {
    const text = [
      "The ferry service was suspended on Tuesday.",
      'Our Director of Estates and Facilities said the suspension was "a precaution, not a verdict". He added that the pier would be inspected on Wednesday.',
      "Sailings to the island were cancelled for two days.",
      "The Director of Estates and Facilities, Mr Tomas Varga, can be reached through the harbour office.",
    ].join("\n\n");
    const doc = extract(text);
    expect(speakerOf(doc, "a precaution, not a verdict", "direct")).toBe("Tomas Varga");
    expect(speakerOf(doc, "the pier would be inspected", "indirect")).toBe("Tomas Varga");
  });

  it("leaves a deputy's post and an indefinite description unresolved", () => {
    const text = [
      "The ceremony was short and the crowd was small.",
      "The deputy governor said the tolls would be waived until spring.",
      "A governor from a neighbouring province said his roads were still closed.",
      "Traffic was light on the new road.",
      "The governor, Lena Moravec, opened the bridge on Monday.",
    ].join("\n\n");
    const doc = extract(text);
    expect(speakerOf(doc, "the tolls would be waived", "indirect")).toBe("deputy governor");
    expect(speakerOf(doc, "his roads were still closed", "indirect")).not.toBe("Lena Moravec");
  });

  it("does not give a bare post to the one person holding the deputy post", () => {
    const text = [
      "BRIGADE BRIEFING · 3 MARCH",
      'Commander: "Hold the bridges, not just the roads."',
      "Patrols were doubled on the river road.",
      "— Col. Idris Tahan, Brigade Deputy Commander, address to officers, 2 MARCH",
    ].join("\n\n");
    const doc = extract(text);
    expect(speakerOf(doc, "Hold the bridges", "direct")).not.toBe("Idris Tahan");
  });
});
