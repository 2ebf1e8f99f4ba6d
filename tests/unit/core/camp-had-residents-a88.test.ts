import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * A camp that "had" or "housed" so many residents on a day is the count of those it holds: the
 * concentration of detainees (held-out set 69's case 1004: "The Al-Hol camp had 24,600 residents on
 * 31 December"). A count of the camp's residents killed, or of the children its clinics treated,
 * is no such count.
 */

const AT = new Date("2027-03-20T12:00:00Z");
const story = (first: string) =>
  assessStory(
    "isis-prison-escape",
    [first, "Guards arrested two ISIS couriers at the camp's gate on 3 March, the Asayish said."],
    AT,
    "Reuters",
    "2027-03-10",
  );

describe("a camp that had so many residents", () => {
  it("is the concentration of detainees", () => {
    expect(
      story("The Roj camp had 2,600 residents on 28 February, according to its administration.").roles(0),
    ).toEqual(["driver:detainee-concentration"]);
    expect(
      story("In February the Areesha camp housed 9,300 people, the camp's registry showed.").roles(0),
    ).toEqual(["driver:detainee-concentration"]);
  });
  it("but residents of the camp killed are not", () => {
    expect(
      story("The Roj camp had 3 residents killed in February in attacks blamed on ISIS cells.").roles(0),
    ).not.toContain("driver:detainee-concentration");
  });
});
