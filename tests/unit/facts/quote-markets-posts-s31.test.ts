import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * Unnamed speakers of two kinds, on sentences written for these tests: a market's dealers and
 * sellers, who speak in price reporting as traders do, and a definite post ("The governor of
 * X") that a later "he said" stands for when the sentence before names nobody.
 */

const speakerOf = (doc: FactsDocument, words: string, kind?: "direct" | "indirect") =>
  doc.quotes.find((q) => q.text.includes(words) && (!kind || q.kind === kind))?.speaker.name ?? null;

describe("market sellers and dealers", () => {
  it("reads 'One fuel seller, who asked not to be named, said ...' and his 'he said' after", () => {
    const doc = extract(
      [
        "HILLA, 3 March 2026",
        'One fuel seller, who asked not to be named, said he had paid a driver double to cross the bridge. "The drivers are scared," he said.',
      ].join("\n\n"),
    );
    expect(speakerOf(doc, "he had paid a driver double", "indirect")).toBe("One fuel seller");
    expect(speakerOf(doc, "The drivers are scared", "direct")).toBe("One fuel seller");
  });

  it("reads a vegetable dealer as a speaker", () => {
    const doc = extract(
      ["KUT, 4 April 2026", "A vegetable dealer said tomatoes had doubled in price."].join("\n\n"),
    );
    expect(speakerOf(doc, "tomatoes had doubled in price", "indirect")).toBe("A vegetable dealer");
  });
});

describe("a definite post as the 'he' of the next quote", () => {
  it("gives 'he said' to the post that is the sentence's subject when it names nobody", () => {
    const doc = extract(
      [
        "HILLA, 3 March 2026",
        "Hundreds of people gathered in the square yesterday.",
        'The governor of Babil, standing beside the coffin, spoke for ten minutes. "We will rebuild the market before winter," he said.',
      ].join("\n\n"),
    );
    expect(speakerOf(doc, "We will rebuild the market", "direct")).toBe("The governor of Babil");
  });

  it("does not read an adjective like 'major' as a post", () => {
    const doc = extract(
      ["HILLA, 3 March 2026", 'The major offensive began in May. "It was loud," he said.'].join("\n\n"),
    );
    expect(speakerOf(doc, "It was loud", "direct")).not.toBe("The major offensive");
  });
});
