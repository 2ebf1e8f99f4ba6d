import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Unnamed speakers the text describes at length: a relative clause longer than a subject is
 * usually read back for, a "who" clause that makes any noun a person's, and a partitive ("one of
 * our X") whose group is shown to be people by the apposition or clause after its comma (set 73's
 * first sight, 720, 721, 722, 726, 727, issue 10, helper x90). Sentences written for these tests.
 */

const LEAD = "Dilan Omar, the mayor, said the bridge would reopen.";
const speakerOf = (sentence: string, start: string) =>
  extract(`${LEAD} ${sentence}`).quotes.find((q) => q.text.startsWith(start))?.speaker.name;

describe("a long relative clause on an unnamed speaker", () => {
  it("reads the subject back to its 'who' past a clause of more than eight words", () => {
    expect(
      speakerOf(
        "A beekeeper who had driven down from the hills above Akre with his two sons told us the insurers had not paid.",
        "the insurers had not paid",
      ),
    ).toBe("A beekeeper who had driven down from the hills above Akre with his two sons");
  });

  it("gives a noun no list knows to the speaker when 'who' describes it", () => {
    expect(
      speakerOf(
        "A beekeeper in Akre who lost forty hives to the flood last spring said the insurers had not paid.",
        "the insurers had not paid",
      ),
    ).toBe("A beekeeper in Akre");
  });

  it("leaves a writing described by 'which' without a speaker, and a known noun as it was (guard)", () => {
    expect(
      speakerOf(
        "A leaflet in Akre which was handed out on Monday said the gates had been locked.",
        "the gates",
      ),
    ).toBeUndefined();
    expect(
      speakerOf("A driver who works for the Red Crescent in Mosul told us the road was closed.", "the road"),
    ).toBe("A driver who works for the Red Crescent in Mosul");
  });
});

describe("one of a group the text shows to be people", () => {
  it("reads 'One of our choristers, a pharmacist in Akre, wrote that' with its apposition", () => {
    expect(
      speakerOf(
        "One of our choristers, a pharmacist in Akre, wrote that the gates had been locked.",
        "the gates",
      ),
    ).toBe("One of our choristers, a pharmacist in Akre");
  });

  it("reads 'One of the three surveyors, who asked not to be named, said' without the clause", () => {
    expect(
      speakerOf(
        "One of the three surveyors, who asked not to be named, said the gates had been locked.",
        "the gates",
      ),
    ).toBe("One of the three surveyors");
  });

  it("leaves a group of things with a thing's apposition without a speaker (guard)", () => {
    expect(
      speakerOf("One of the leaflets, a sheet of two pages, said the gates had been locked.", "the gates"),
    ).toBe(undefined);
    expect(speakerOf("One of the stewards said the gates had been locked.", "the gates")).toBe(
      "One of the stewards",
    );
  });
});
