import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * Men seen trying to cross and then sent back by the guards ("detected four men trying to cross
 * ... and turned them back with warning fire") were stopped, nobody got through: the theme's
 * stopping factor, as "turned back six men trying to cross" is (ANNOTATION.md rule 1). Held-out set
 * 71's case 1034 read the attempt alone. The pronoun form is the same stop; men who crossed and
 * reached a place before being driven back got through (set 16's case 264), and men only
 * watched or followed are still the attempt. Other places, numbers and verbs here.
 */

const AT = new Date("2027-03-01T12:00:00Z");
const roles = (sentence: string) =>
  assessStory("border-fortification", [sentence], AT, "Reuters", "2027-02-20").roles(0);

describe("men trying to cross, sent back by the guards", () => {
  it.each([
    "A patrol spotted five men trying to cross near Rabia on Sunday night and forced them back into Syria.",
    "Army units observed seven men trying to cross west of Al-Qaim and drove them back with flares.",
    "Guards saw three men attempting to slip across near Rabia at dawn and pushed them back.",
  ])("is a stop: %s", (sentence) => {
    const r = roles(sentence);
    expect(r).toContain("mitigator:interdictions");
    expect(r).not.toContain("driver:infiltration-pressure");
  });

  it("but men who crossed and got in before they were driven back got through", () => {
    expect(
      roles(
        "A group of about a dozen gunmen crossed from Syria near Rabia on Sunday night and reached a village before the army drove them back.",
      ),
    ).toContain("driver:infiltration-pressure");
  });

  it("and men the patrol only followed are still the attempt", () => {
    expect(
      roles("A patrol spotted five men trying to cross near Rabia on Sunday night and followed them."),
    ).toContain("driver:infiltration-pressure");
  });
});
