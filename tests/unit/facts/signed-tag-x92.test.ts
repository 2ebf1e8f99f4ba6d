import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * A deaf speaker's words told in sign language: '"...," he signed.' is a tag of speech as '"...,"
 * he said.' is (set 74's first sight, 737, a deaf association's newsletter; issue 10, helper x92).
 * Sentences written for these tests.
 */

const TEXT =
  'Rebwar Hamid Aziz spoke to our members on Monday through an interpreter. "The windows shook and everybody ran," he signed. "Nobody told us why." ';

describe("'he signed' after a quote", () => {
  it("gives the signed words to the person the pronoun stands for", () => {
    const doc = extract(TEXT);
    expect(doc.quotes.find((q) => q.text.startsWith("The windows shook"))?.speaker.name).toBe(
      "Rebwar Hamid Aziz",
    );
    expect(doc.quotes.find((q) => q.text.startsWith("Nobody told us"))?.speaker.name).toBe(
      "Rebwar Hamid Aziz",
    );
  });

  it("reads no speech in 'he signed the register' (guard)", () => {
    const doc = extract(
      "Rebwar Hamid Aziz came to the office on Monday. He signed the register and said the road was shut.",
    );
    expect(doc.quotes.some((q) => /register/.test(q.text))).toBe(false);
    expect(doc.quotes.find((q) => q.text.startsWith("the road"))?.speaker.name).toBe("Rebwar Hamid Aziz");
  });
});
