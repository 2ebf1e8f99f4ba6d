import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * An arena named by its own name (set 70's first sight, 693: issue 10, helper x83), checked on
 * text written for these tests.
 */

const entities = (text: string) => extract(text).entities.map((e) => `${e.type} ${e.name}`);

describe("a capitalised name ending in 'Arena'", () => {
  it("is a facility, as a stadium is", () => {
    expect(
      entities("Two mortar rounds fell near the Zawraa Arena in Baghdad on Friday, wounding a guard."),
    ).toContain("facility Zawraa Arena");
  });

  it("guard: a lower-case 'arena' names no place", () => {
    const found = entities("The vote moved the fight into the political arena in Baghdad on Friday.");
    expect(found.filter((e) => /arena/i.test(e))).toEqual([]);
  });
});
