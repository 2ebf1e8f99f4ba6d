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

describe("a half of a year told without its year", () => {
  it("is of the year named beside it", () => {
    const q = facts(
      "ISIS attacks in Kirkuk, Diyala and Salahaddin rose from 38 in the first half of 2026 to 61 in the second half so far.",
    ).filter((f) => f.kind === "quantity" && f.value === 61);
    expect(q.map((f) => f.date?.value)).toEqual(["2026-07/2026-12"]);
  });
  it("is no date when no year is named (a match's second half)", () => {
    const dates = facts(
      "The visitors scored twice in the second half, and 30,000 fans stayed on the pitch.",
    ).map((f) => f.date?.value);
    expect(dates.filter((d) => d?.includes("/"))).toEqual([]);
  });
});
