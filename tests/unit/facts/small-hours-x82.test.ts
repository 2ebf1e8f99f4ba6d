import { describe, expect, it } from "vitest";
import { datesOf, extract } from "./helpers.js";

/**
 * Session x82: "shortly after midnight on Monday night" is the small hours of Tuesday, and "the
 * following afternoon" after it is that Tuesday's. Sentences written for these tests.
 */

describe("after midnight on a weekday's night", () => {
  it("dates the happening to the day the night ran into, and 'the following afternoon' to the same day", () => {
    const doc = extract(
      "Published Friday 13 November 2026\n\nThe district engineer reported that armed men had attacked the pumping station just after midnight on Monday night and set fire to the fuel tank. He added that three suspects were arrested in Sinjar the following afternoon.",
    );
    expect(datesOf(doc, /attacked the pumping station/)).toEqual(["2026-11-10"]);
    expect(datesOf(doc, /suspects were arrested/)).toContain("2026-11-10");
  });

  it("guard: 'late on Monday night' stays Monday, and its following afternoon is Tuesday", () => {
    const doc = extract(
      "Published Friday 13 November 2026\n\nThe district engineer reported that armed men had attacked the pumping station late on Monday night and set fire to the fuel tank. He added that three suspects were arrested in Sinjar the following afternoon.",
    );
    expect(datesOf(doc, /attacked the pumping station/)).toEqual(["2026-11-09"]);
    expect(datesOf(doc, /suspects were arrested/)).toContain("2026-11-10");
  });
});
