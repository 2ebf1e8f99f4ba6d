import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * Speakers the first sight of blind set 65 (640-649) found misread, on sentences written for
 * these tests: a lead that gives its source by what it is ("the Portuguese charity running it",
 * "his brother") and names it only in a later sentence's apposition ("said the charity, the Hope
 * Relief Fund", "His brother, Euan Reid, told ...").
 */

const speakerOf = (doc: FactsDocument, words: string) =>
  doc.quotes.find((q) => q.text.includes(words))?.speaker.name ?? null;

describe("a lead's source described, then named in apposition", () => {
  const charity =
    "LISBON, 3 May 2026 – Gunmen burned a clinic in the village of Tell Kaif on Sunday and beat its guard, " +
    "the Portuguese charity running the clinic said on Tuesday.\n\n" +
    "The guard, Rui Costa, 50, was taken to hospital in Dohuk, said the charity, the Hope Relief Fund. " +
    "Its director, Ana Lobo, said the clinic would reopen.";

  it("'the charity running the clinic said' is the body named later as 'the charity, NAME'", () => {
    expect(speakerOf(extract(charity), "Gunmen burned a clinic")).toBe("Hope Relief Fund");
  });

  it("'..., said the charity, NAME.' is NAME's, and the quote stops before the tag", () => {
    const doc = extract(charity);
    const q = doc.quotes.find((x) => x.text.includes("was taken to hospital in Dohuk"));
    expect(q?.speaker.name).toBe("Hope Relief Fund");
    expect(q?.text).not.toContain("said the charity");
  });

  it("a description no later apposition names stays in the article's words", () => {
    const doc = extract(
      "Gunmen burned a clinic near Dohuk on Sunday, the Portuguese charity running the clinic said. " +
        "Nobody was hurt, it added.",
    );
    expect(speakerOf(doc, "Gunmen burned a clinic")).not.toBe("Hope Relief Fund");
  });

  it("'his brother said' in the lead is the brother named in the paragraph after", () => {
    const doc = extract(
      "A Dundee welder was hurt when a mine exploded near his truck in northern Iraq on Friday, his brother said yesterday.\n\n" +
        "Craig Reid, 41, lost two fingers. His brother, Euan Reid, told the paper that Craig had phoned from Erbil.",
    );
    expect(speakerOf(doc, "A Dundee welder was hurt")).toBe("Euan Reid");
  });

  it("two brothers named later leave 'his brother' unresolved", () => {
    const doc = extract(
      "A Dundee welder was hurt near Kirkuk on Friday, his brother said.\n\n" +
        "His brother, Euan Reid, is a nurse. His brother, Iain Reid, lives in Perth.",
    );
    expect(speakerOf(doc, "A Dundee welder was hurt")).toBe("his brother");
  });
});

describe("a name inside an apposition's relative clause is not the speaker", () => {
  it("'NAME, director of X, the agency that hired OTHER, told us that ...' is NAME's", () => {
    const doc = extract(
      "Bir Bahadur Tamang, 40, died in the blast. Anil Rai, director of Everest Overseas Manpower, " +
        "the Dharan agency that hired Tamang, told us that the firm had paid for the flight.",
    );
    expect(speakerOf(doc, "the firm had paid for the flight")).toBe("Anil Rai");
  });

  it("a name the apposition's 'who' clause gives the speaker still is the speaker's", () => {
    const doc = extract(
      "One father, a Belgian who asked to be called only Abu Rayan, told me on Friday that the boys were moved at night.",
    );
    expect(speakerOf(doc, "the boys were moved at night")).toBe("Abu Rayan");
  });

  it("a person in the apposition itself still speaks ('the agency's head, NAME, said')", () => {
    const doc = extract("Everest Overseas Manpower, the agency's head, Anil Rai, said the fees were paid.");
    expect(speakerOf(doc, "the fees were paid")).toBe("Anil Rai");
  });
});
