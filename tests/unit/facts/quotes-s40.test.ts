import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/** Session 40 (quo): craftsmen's titles, listeners with asides, statements' makers, long addressees. */

type Doc = ReturnType<typeof extract>;
const quoteWith = (doc: Doc, words: string, kind?: "direct" | "indirect") =>
  doc.quotes.find((q) => q.text.includes(words) && (kind === undefined || q.kind === kind));
const speakerOf = (doc: Doc, words: string, kind?: "direct" | "indirect") =>
  quoteWith(doc, words, kind)?.speaker?.name;

describe("a master craftsman's title is no part of his name", () => {
  it("'Usta Kamal Rashid Hamo' speaks as Kamal Rashid Hamo", () => {
    const doc = extract(
      'Our head mechanic, Usta Kamal Rashid Hamo, has repaired engines on this road for thirty years. "A truck is a family\'s bread," he says.',
    );
    expect(speakerOf(doc, "family's bread")).toBe("Kamal Rashid Hamo");
  });
});

describe("a listener described in a relative clause between commas", () => {
  it("'X told our cousin, who drives a taxi, that ...' is X's, not the cousin's", () => {
    const doc = extract(
      'A traffic officer in Kirkuk, Captain Rebwar Salih, told our cousin, who drives a taxi there, that the checkpoint would move north. "Nobody should panic," he said.',
    );
    expect(speakerOf(doc, "checkpoint would move north", "indirect")).toBe("Rebwar Salih");
    expect(quoteWith(doc, "checkpoint would move north")?.text.startsWith("the checkpoint")).toBe(true);
    expect(speakerOf(doc, "Nobody should panic")).toBe("Rebwar Salih");
  });

  it("', told the guard,' is no inverted tag naming the guard as speaker", () => {
    const doc = extract(
      "A doctor at the clinic, Dr. Layla Hassan, told the night guard that the generator had failed.",
    );
    expect(doc.quotes.some((q) => q.speaker.name === "the night guard")).toBe(false);
    expect(speakerOf(doc, "generator had failed")).toBe("Layla Hassan");
  });
});

describe("'the statement said' after someone spoke 'in a statement'", () => {
  it("is the words of the spokeswoman who issued it", () => {
    const doc = extract(
      'The police spokeswoman in Qamishli, Rojin Ali, said in a statement on Friday that two men had been detained. "The roads are open again," the statement said.',
    );
    expect(speakerOf(doc, "roads are open again")).toBe("Rojin Ali");
  });
});

describe("a request to those named by a longer phrase", () => {
  it("'asked shop owners with generators to ...' is an indirect quote of the one who asked", () => {
    const doc = extract(
      "The mayor, Saad Jabbar, spoke on Monday. He also asked shop owners with generators to switch them off after ten at night.",
    );
    expect(quoteWith(doc, "switch them off", "indirect")?.speaker.name).toBe("Saad Jabbar");
  });

  it("'asked every bakery in the district to ...' too", () => {
    const doc = extract(
      "The governor, Ali Nasser, visited the market on Sunday. He asked every bakery in the district to keep its ovens lit during the curfew.",
    );
    expect(quoteWith(doc, "keep its ovens lit", "indirect")?.speaker.name).toBe("Ali Nasser");
  });

  it("'asked about the shops in the market' opens no request", () => {
    const doc = extract("Ali Nasser asked about the shops in the market to see what was left.");
    expect(quoteWith(doc, "see what was left", "indirect")).toBeUndefined();
  });
});
