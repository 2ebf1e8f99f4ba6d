import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * A count of weapons told as a vehicle's load at a border crossing ("the lorry stopped at the
 * Trebil crossing carried 80 pistols") is weapons moving across the border, the theme's
 * `weapons-flow` (ANNOTATION.md rule 7: weapons presented as cargo crossing the border), also when
 * the sentence tells no seizure. Held-out set 68's case 995 lost a customs source's count of the
 * rifles in a truck at Al-Bukamal; other crossings, loads and figures here.
 */

const AT = new Date("2027-03-01T12:00:00Z");
const roles = (sentence: string) =>
  assessStory("cross-border-smuggling", [sentence], AT, "Reuters", "2027-02-20").roles(0);

describe("weapons counted as a load at a crossing", () => {
  it.each([
    "The lorry held at the Trebil crossing carried 80 pistols and boxes of ammunition, a customs officer said.",
    "The truck turned back at the Rabia crossing was loaded with 45 rifles under sacks of flour, a customs source said.",
  ])("is weapons moving across the border: %s", (sentence) => {
    expect(roles(sentence)).toContain("driver:weapons-flow");
  });

  it("but the rifles guards at a crossing carry are not", () => {
    expect(
      roles("Guards at the Trebil crossing carry 80 new rifles issued in January, an officer said."),
    ).not.toContain("driver:weapons-flow");
  });
});
