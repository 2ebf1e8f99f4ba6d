import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Unnamed speakers described at length (set 74's first sight, 731, 734, issue 10, helper x92):
 * a source placed by "on" and a definite phrase ("a guard on the night shift"), and a relative
 * owned by a named person's possessive, with an apposition ("Mrs Tahir's nephew, a driver in
 * Amedi, said"). Sentences written for these tests.
 */

const LEAD = "One passenger, Layla Sabri Tahir, 58, was hurt when the coach overturned.";
const quoteOf = (sentence: string, start: string) =>
  extract(`${LEAD} ${sentence}`).quotes.find((q) => q.text.startsWith(start));

describe("a source placed by 'on' and a definite phrase", () => {
  it("reads 'A guard on the night shift said' as the guard", () => {
    expect(
      quoteOf("A guard on the night shift said the ward had been full by midnight.", "the ward")?.speaker
        .name,
    ).toBe("A guard on the night shift");
  });

  it("reads 'A grocer on the same lane disputed it, saying' as the grocer", () => {
    expect(
      quoteOf(
        "A grocer on the same lane disputed it, saying there had been 'no quarrel at all'.",
        "there had",
      )?.speaker.name,
    ).toBe("A grocer on the same lane");
  });

  it("leaves a bare 'on' with no definite phrase as it was (guard)", () => {
    expect(quoteOf("A guard on condition of anonymity said the ward was full.", "the ward")).toBeUndefined();
    expect(quoteOf("A guard on Tuesday said the ward was full.", "the ward")?.speaker.name).toBe("A guard");
  });
});

describe("a relative owned by a named person, with an apposition", () => {
  it("gives 'Mrs Tahir's nephew, a driver in Amedi, said' to the nephew, not to Mrs Tahir", () => {
    expect(
      quoteOf(
        "Mrs Tahir's nephew, a driver in Amedi, said his aunt had taken the coach every week.",
        "his aunt",
      )?.speaker.name,
    ).toBe("Mrs Tahir's nephew, a driver in Amedi");
  });

  it("gives the relative's later 'she wrote' to the relative", () => {
    const doc = extract(
      `${LEAD} Layla's niece, a nurse at the clinic in Amedi, wrote to us that the family had heard nothing for hours. "We waited by the phone," she wrote.`,
    );
    expect(doc.quotes.find((q) => q.text.startsWith("We waited"))?.speaker.name).toMatch(/^Layla's niece/);
  });

  it("keeps the person named in apposition after a relative (guard)", () => {
    expect(
      quoteOf("Mrs Tahir's nephew, Karwan Aziz, said his aunt had taken the coach every week.", "his aunt")
        ?.speaker.name,
    ).toBe("Karwan Aziz");
  });
});
