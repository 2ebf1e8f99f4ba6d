import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Unnamed speakers described by more than one relative clause (set 74's first sight, 738 and 739,
 * issue 10, helper x92): a restrictive clause, then one set off by commas ("A cousin who drove the
 * money to the border, who asked not to be named, said"), and a restrictive clause whose verbs are
 * joined by "and" ("A teacher who is staying in Room 9 and was on the balcony said"). Sentences
 * written for these tests.
 */

const LEAD = "Dilan Omar, the mayor, said the bridge would reopen.";
const speakerOf = (sentence: string, start: string) =>
  extract(`${LEAD} ${sentence}`).quotes.find((q) => q.text.startsWith(start))?.speaker.name;

describe("two relative clauses on one unnamed speaker", () => {
  it("reads 'A cousin who ..., who asked not to be named, said' as the cousin, with the first clause", () => {
    expect(
      speakerOf(
        "A cousin who drove the money to the border, who asked not to be named, said no ransom had been paid.",
        "no ransom",
      ),
    ).toBe("A cousin who drove the money to the border");
  });

  it("reads a restrictive clause whose verbs 'and' joins", () => {
    expect(
      speakerOf(
        'A teacher from Utrecht who is staying in Room 9 and was on the balcony at the time said he had seen "a bright flash".',
        "he had seen",
      ),
    ).toBe("A teacher from Utrecht");
    expect(
      speakerOf(
        'A teacher who is staying in Room 9 and was on the balcony said he had seen "a bright flash".',
        "he had seen",
      ),
    ).toBe("A teacher who is staying in Room 9 and was on the balcony");
  });

  it("keeps a phrase before one comma-set clause, and a clause that is the report, as they were (guard)", () => {
    expect(
      speakerOf(
        "A cousin of the driver, who asked not to be named, said no ransom had been paid.",
        "no ransom",
      ),
    ).toBe("A cousin of the driver");
    expect(
      speakerOf("The teacher is staying in Room 9 and was on the balcony, the owner said.", "The teacher"),
    ).toBe("the owner");
  });
});
