import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

const modalityOf = (text: string, tag: string) =>
  extractFacts({ id: "t", title: "", text, publishedAt: "2026-11-25T00:00:00Z" })
    .facts.filter((f) => (f.tags ?? []).includes(tag))
    .map((f) => f.modality);

describe("what an invitation asks for is wished, not told", () => {
  it("reads a visit to a wall someone is invited to make as hypothetical", () => {
    expect(
      modalityOf(
        "The men are ready, and I invite any visitor to come and inspect the wall himself.",
        "fortification",
      ),
    ).toEqual(["hypothetical"]);
  });

  it("still asserts a wall built before the invitation", () => {
    expect(
      modalityOf("The army has finished the concrete wall along the border.", "fortification"),
    ).toContain("asserted");
  });
});
