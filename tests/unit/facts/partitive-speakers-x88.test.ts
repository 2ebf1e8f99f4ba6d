import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * "One of the Qalaa players, a 19-year-old guard from Kirkuk, wrote …": a partitive that picks its
 * speaker from a group of people named by their noun, with or without an apposition, and players
 * and athletes as sources in sports reporting (set 72's first sight, 710, issue 10, helper x88).
 * Sentences written for these tests.
 */

const quotes = (text: string) => extract(text).quotes.map((q) => ({ speaker: q.speaker.name, text: q.text }));

describe("one of a group of people as the speaker", () => {
  it("spells the speaker with its apposition, for the indirect and the quoted words", () => {
    const found = quotes(
      [
        "The Zakho derby was called off on Friday after shots were fired near the stadium gate.",
        "",
        "One of the Duhok players, a 22-year-old forward from Amadiya, wrote on Facebook that the fans had run for the car park “quicker than our back line ever does”.",
      ].join("\n"),
    );
    const speaker = "One of the Duhok players, a 22-year-old forward from Amadiya";
    expect(found.find((x) => x.text.startsWith("the fans had run"))?.speaker).toBe(speaker);
    expect(found.find((x) => x.text === "quicker than our back line ever does")?.speaker).toBe(speaker);
  });

  it("reads one of the players, with no apposition", () => {
    const found = quotes(
      "The Zakho derby was called off on Friday. One of the visiting players said the dressing room had emptied in a minute.",
    );
    expect(found.find((x) => x.text.startsWith("the dressing room"))?.speaker).toBe(
      "One of the visiting players",
    );
  });

  it("reads one of our drivers with its apposition", () => {
    const found = quotes(
      "The depot was shelled at dawn. One of our drivers, a father of three from Tuz, said the gate had been blown off.",
    );
    expect(found.find((x) => x.text.startsWith("the gate had been"))?.speaker).toBe(
      "One of our drivers, a father of three from Tuz",
    );
  });

  it("leaves one of a group of things no speaker", () => {
    const found = quotes(
      "The depot was shelled at dawn. One of the trucks carried a sign that said the road was closed.",
    );
    expect(found.some((x) => x.speaker.startsWith("One of the trucks"))).toBe(false);
  });
});
