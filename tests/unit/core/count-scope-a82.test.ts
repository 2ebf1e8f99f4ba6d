import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * Set 66 (case 970), in wording of its own: a monitor's note on what its count takes in ("Our
 * count includes only attacks that ISIS claimed, and the true number is likely to be higher") is
 * its method, not an attack; the count itself is told in its own sentence.
 */

const AT = new Date("2027-05-02T12:00:00Z");
const roles = (sentence: string) =>
  assessStory(
    "isis-badia-insurgency",
    [
      "ISIS carried out 44 attacks in the Homs desert between October and March, against 29 in the six months before, by the count of our monitoring unit.",
      sentence,
    ],
    AT,
    "Levant Conflict Observatory (monitoring note)",
    "2027-04-20",
  ).roles(1);

describe("a note on what a count takes in", () => {
  it("does not read it as an attack", () => {
    expect(
      roles(
        "The tally covers only ambushes and raids the group itself announced, so the real total is probably larger.",
      ),
    ).toEqual([]);
  });

  it("still reads a tally that tells its figure as attacks (guard)", () => {
    expect(
      roles("The tally counts at least 12 ambushes by ISIS cells on the Palmyra road in March."),
    ).toEqual(["driver:attacks-reported"]);
  });
});
