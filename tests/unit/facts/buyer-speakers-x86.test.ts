import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Those who buy in a market, and who import or export, speak in market and trade reporting as the
 * dealers they buy from do (set 71's first sight, 703 and 709, issue 10, helper x86). Sentences
 * written for these tests.
 */

const quotes = (text: string) => extract(text).quotes.map((q) => ({ speaker: q.speaker.name, text: q.text }));

describe("a buyer as an unnamed speaker", () => {
  it("owns the indirect quote after a relative clause set off by commas", () => {
    const found = quotes(
      [
        "Hassan Mahdi, who runs a stall at the Souq al-Ghazl, told us that trade had halved since the blast.",
        "",
        "A buyer from Kirkuk, who had driven in for a second-hand fridge, said he would try again next week.",
      ].join("\n"),
    );
    const q = found.find((x) => x.text.startsWith("he would try again"));
    expect(q?.speaker).toBe("A buyer from Kirkuk");
  });

  it("owns the direct quote tagged by a pronoun after it", () => {
    const found = quotes(
      [
        "Hassan Mahdi, who runs a stall at the Souq al-Ghazl, told us that trade had halved since the blast.",
        "",
        'An importer from Izmir, who asked that his firm not be named, said the orders would wait. "We have waited before," he said.',
      ].join("\n"),
    );
    expect(found.find((x) => x.text.startsWith("the orders would wait"))?.speaker).toBe(
      "An importer from Izmir",
    );
    expect(found.find((x) => x.text.startsWith("We have waited before"))?.speaker).toBe(
      "An importer from Izmir",
    );
  });

  it("leaves a buyer who says nothing out of the quotes (guard)", () => {
    const found = quotes(
      [
        "Hassan Mahdi, who runs a stall at the Souq al-Ghazl, said trade had halved since the blast.",
        "",
        "A buyer from Kirkuk had driven in for a second-hand fridge and left without one.",
      ].join("\n"),
    );
    expect(found.map((x) => x.speaker)).toEqual(["Hassan Mahdi"]);
  });
});
