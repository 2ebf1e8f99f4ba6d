import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * "Delorme said stage times would count only up to CP2": a reported clause with no "that" whose
 * subject is a plural noun after a modifier the lexicon also knows as a verb ("stage", "patrol")
 * (set 72's first sight, 713, issue 10, helper x88). Sentences written for these tests.
 */

const quotes = (text: string) => extract(text).quotes.map((q) => ({ speaker: q.speaker.name, text: q.text }));

describe("a bare reported clause opening with a compound plural subject", () => {
  it("reads 'test times would' as the clause after 'said'", () => {
    const found = quotes(
      "The Erbil marathon was stopped at the 30th kilometre. Karwan Salih, the race director, said test times would be taken at the last water point.",
    );
    expect(found.find((x) => x.text.startsWith("test times would be taken"))?.speaker).toBe("Karwan Salih");
  });

  it("reads 'patrol boats had' as the clause's subject", () => {
    const found = quotes(
      "The ferry to Kalar was cut on Monday. Karwan Salih said patrol boats had reached the pier.",
    );
    expect(found.find((x) => x.text.startsWith("patrol boats had reached"))?.speaker).toBe("Karwan Salih");
  });

  it("leaves a relative clause's verb and its object no reported clause", () => {
    const found = quotes(
      "The line to Kalar was cut on Monday. The pylon that officials said patrol units guard was found bent.",
    );
    expect(found.some((x) => x.text.startsWith("patrol units guard"))).toBe(false);
  });
});
