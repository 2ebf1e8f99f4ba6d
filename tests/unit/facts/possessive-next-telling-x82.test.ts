import { describe, expect, it } from "vitest";
import { datesOf, extract } from "./helpers.js";

/**
 * Session x82: a possessive day names its noun, not the clause a conjunction brings in after it;
 * the next sentence's "The attack came … on Tuesday" gives that clause its day. Sentences written
 * for these tests.
 */

describe("'cancelled Sunday's final match after a bomb went off …'", () => {
  it("does not date the bombing by the match's day; the next sentence's telling does", () => {
    const doc = extract(
      "Published Thursday 10 December 2026\n\nOrganisers of the Basra youth league have cancelled Sunday's final match after a grenade was thrown into a sports shop on Watan Street.\n\nThe attack came shortly before midnight on Monday. The shop's owner was wounded.",
    );
    expect(datesOf(doc, /grenade was thrown/)).toEqual(["2026-12-07"]);
  });

  it("guard: 'Sunday's attack killed two' is still Sunday's", () => {
    const doc = extract(
      "Published Thursday 10 December 2026\n\nSunday's attack on a sports shop on Watan Street killed two men, police said.",
    );
    expect(datesOf(doc, /killed two men/)).toEqual(["2026-12-06"]);
  });

  it("guard: a next sentence about another attack gives no day", () => {
    const doc = extract(
      "Published Thursday 10 December 2026\n\nOrganisers have cancelled Sunday's final match after a grenade was thrown into a sports shop on Watan Street.\n\nThe attack was the second in a week; a separate attack hit a cafe on Monday.",
    );
    expect(datesOf(doc, /grenade was thrown/)).not.toContain("2026-12-07");
  });

  it("guard: 'The attack on <target> on <day>' in the next sentence is another happening", () => {
    const doc = extract(
      "Published Thursday 10 December 2026\n\nOrganisers have cancelled Sunday's final match after a grenade was thrown into a sports shop on Watan Street.\n\nThe attack on the stadium gate on 2 November was never claimed.",
    );
    expect(datesOf(doc, /grenade was thrown/)).not.toContain("2026-11-02");
  });
});
