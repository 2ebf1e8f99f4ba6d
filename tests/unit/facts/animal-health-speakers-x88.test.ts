import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * A veterinarian is a calling an unnamed source is named by, as a pharmacist or a midwife is (set
 * 72's first sight, 715, issue 10, helper x88: "A veterinarian who visits the … farms said …" lost
 * every quote). Sentences written for these tests.
 */

const quotes = (text: string) => extract(text).quotes.map((q) => ({ speaker: q.speaker.name, text: q.text }));

describe("a veterinarian as an unnamed speaker", () => {
  it("owns the indirect and mixed quotes of the sentence and the pronoun's next one", () => {
    const found = quotes(
      [
        "Gunmen burned two sheep pens near Qaraqosh on Tuesday night.",
        "",
        "A veterinarian who works in the Hamdaniya villages said shepherds were moving their flocks “before the next night comes”. He said he had treated 40 injured ewes since Wednesday.",
      ].join("\n"),
    );
    expect(found.find((x) => x.text.startsWith("shepherds were moving"))?.speaker).toBe(
      "A veterinarian who works in the Hamdaniya villages",
    );
    expect(found.find((x) => x.text === "before the next night comes")?.speaker).toBe(
      "A veterinarian who works in the Hamdaniya villages",
    );
    expect(found.find((x) => x.text.startsWith("he had treated 40"))?.speaker).toBe(
      "A veterinarian who works in the Hamdaniya villages",
    );
  });

  it("gives a named veterinarian's quote to the name, not the description", () => {
    const found = quotes(
      "A veterinarian, Dr. Lana Aziz, said the flocks had been vaccinated in March. The ministry said the road would reopen.",
    );
    expect(found.find((x) => x.text.startsWith("the flocks had been"))?.speaker).toBe("Lana Aziz");
  });
});
