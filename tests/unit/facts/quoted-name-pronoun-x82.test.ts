import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session x82: a person named inside the quoted words a tag closes is whom the speaker talks
 * about, not the speaker — in British single marks as in double ones. Sentences written for
 * these tests.
 */

const speakerOf = (text: string, start: string) =>
  extract(text).quotes.find((q) => q.text.startsWith(start))?.speaker.name;

describe("'...,' he writes: a name inside the single-quoted words is not the 'he'", () => {
  it("gives the quote to the letter's writer, not the man the quote praises", () => {
    const text =
      "Former Corporal Neil Ashby was injured in a mortar attack last week.\n\nOur President, Brigadier (Retd) Colin Vane, has sent a card to Neil on behalf of the branch. 'Corporal Ashby taught a whole generation of drivers,' he writes. 'We will see him at the dinner in May.'";
    expect(speakerOf(text, "Corporal Ashby taught")).toBe("Colin Vane");
    expect(speakerOf(text, "We will see him")).toBe("Colin Vane");
  });

  it("guard: a name in the tag's own sentence outside the marks still counts", () => {
    const text =
      "The branch met on Friday.\n\nColin Vane read the card aloud to Neil Ashby's mother, and he said 'the whole branch is thinking of you'.";
    expect(speakerOf(text, "the whole branch")).toBe("Colin Vane");
  });

  it("guard: double marks behave as before", () => {
    const text =
      'Former Corporal Neil Ashby was injured in a mortar attack last week.\n\nOur President, Colin Vane, has sent a card to Neil on behalf of the branch. "Corporal Ashby taught a whole generation of drivers," he writes.';
    expect(speakerOf(text, "Corporal Ashby taught")).toBe("Colin Vane");
  });
});
