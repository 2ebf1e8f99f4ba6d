import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * A partitive subject described by its apposition ("One of our younger pupils, a boy of twelve,
 * was in the yard.") brings in the person the next sentence's "he" or "she" stands for, as "A
 * police officer was ..." does; a participle phrase may say which of the group it is ("One of the
 * drivers stopped at the gate, a nurse from Zakho, told ..."). Set 74's first sight, 732 and 733
 * (issue 10, helper x92). Sentences written for these tests.
 */

const LEAD = `"We will rebuild the hall," said Karim Sleman, the club's chairman. Sleman said training would resume.`;
const speakerOf = (text: string, start: string) =>
  extract(`${LEAD} ${text}`).quotes.find((q) => q.text.startsWith(start))?.speaker.name;

describe("a pronoun after a partitive subject with an apposition", () => {
  it("gives 'She said' to 'One of our younger members, a girl of eleven'", () => {
    expect(
      speakerOf(
        `One of our younger members, a girl of eleven, was in the changing room when the roof fell. She said she had "hidden under the bench".`,
        "she had",
      ),
    ).toBe("One of our younger members, a girl of eleven");
  });

  it("reads a participle phrase between the group and its apposition", () => {
    expect(
      speakerOf(
        `One of the volunteers stopped at the checkpoint, a retired nurse from Zakho, told the board how long it had taken. 'Nobody explained anything,' she said.`,
        "Nobody explained",
      ),
    ).toBe("One of the volunteers stopped at the checkpoint, a retired nurse from Zakho");
  });

  it("leaves a 'he' that cannot be a girl, and a sentence with no apposition, as they were (guard)", () => {
    expect(
      speakerOf(
        `One of our younger members, a girl of eleven, was in the changing room when the roof fell. He said the club had "no insurance".`,
        "the club had",
      ),
    ).toBe("Karim Sleman");
    expect(
      speakerOf(
        `One of our younger members was in the changing room when the roof fell. He said the club had "no insurance".`,
        "the club had",
      ),
    ).toBe("Karim Sleman");
  });
});
