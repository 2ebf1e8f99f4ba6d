import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * Speakers an explainer writes around: "with X saying that", a time opening the sentence,
 * "quoted by state media", a country with a relative clause, and a pledge in quoted words —
 * on sentences written for these tests.
 */

const speakerOf = (doc: FactsDocument, words: string, kind?: "direct" | "indirect") =>
  doc.quotes.find((q) => q.text.includes(words) && (!kind || q.kind === kind))?.speaker.name ?? null;

describe("explainer speakers", () => {
  it("gives 'with X saying that' to X", () => {
    const doc = extract(
      "In 2022 several states restricted imports from the region, with the Dutch government saying that most of the supply came through two ports.",
    );
    expect(speakerOf(doc, "most of the supply came through two ports", "indirect")).toBe("Dutch government");
  });

  it("leaves a time opening the sentence out of the speaker", () => {
    const doc = extract("Last month the health ministry said it had vaccinated 9,000 children in the camp.");
    expect(speakerOf(doc, "it had vaccinated 9,000 children", "indirect")).toBe("health ministry");
  });

  it("leaves where a source was quoted out of its name", () => {
    const doc = extract(
      'A Qatari diplomat quoted by local television last week said the talks would resume "when the guns fall silent".',
    );
    expect(speakerOf(doc, "the talks would resume", "indirect")).toBe("A Qatari diplomat");
    expect(speakerOf(doc, "when the guns fall silent", "direct")).toBe("A Qatari diplomat");
  });

  it("lets a country described by a relative clause speak for its government", () => {
    const doc = extract(
      "Turkey, which has built a wall along much of the frontier, says it is now sharing intelligence with Damascus.",
    );
    expect(speakerOf(doc, "it is now sharing intelligence", "indirect")).toBe("Turkey");
  });

  it("attributes words quoted in a pledge to whoever pledged", () => {
    const doc = extract('The new governor has vowed to make the checkpoints "a relic of the war".');
    expect(speakerOf(doc, "a relic of the war", "direct")).toBe("new governor");
  });
});
