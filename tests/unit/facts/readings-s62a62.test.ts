import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

/** Extractor readings of helper A62 (session 62), on invented sentences. */
const TEXT =
  "The Ministry of Foreign Affairs rejects claims that the embassy in Baghdad will close.\n\nThe Council of Ministers will meet on Monday.";
const entity = (source: string, name: string) =>
  extractFacts({ id: "a", title: "Statement", text: TEXT, publishedAt: "2026-03-01", source }).entities.find(
    (e) => e.name === name,
  );

describe("a state body named without its country belongs to the country of its letterhead", () => {
  it("gives the ministry the country its source's name adds to it", () => {
    expect(entity("Norway Ministry of Foreign Affairs", "Ministry of Foreign Affairs")?.affiliation).toBe(
      "Norway",
    );
  });
  it("near negatives: a body the letterhead does not name, and a source naming no country, give none", () => {
    const council = entity("Norway Ministry of Foreign Affairs", "Council of Ministers");
    expect(council).toBeDefined();
    expect(council?.affiliation).toBeUndefined();
    const ministry = entity("Reuters", "Ministry of Foreign Affairs");
    expect(ministry).toBeDefined();
    expect(ministry?.affiliation).toBeUndefined();
  });
});
