import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

const facts = (text: string) =>
  extractFacts({ id: "t", title: "", text, publishedAt: "2026-12-11T00:00:00Z" }).facts;

describe("a live blog's clock stamp counts nothing", () => {
  it("keeps a measure told since a month in an entry stamped with the time", () => {
    const cut = facts(
      "23:20 - The ISF source said the guard at the prison had been cut by a third since October, when fighters were sent to the front near Deir Hafer.",
    ).filter((f) => f.kind === "countermeasure");
    expect(cut.map((f) => f.tags)).toEqual([["detention-facility", "troop-withdrawal"]]);
  });
  it("still reads a figure beside the stamp as a tally of measures", () => {
    const seized = facts(
      "23:20 - The border guards have seized 9,000 pills since October, the ministry said.",
    ).filter((f) => f.kind === "countermeasure");
    expect(seized).toEqual([]);
  });
});
