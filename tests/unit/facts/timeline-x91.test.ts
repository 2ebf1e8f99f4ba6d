import { describe, expect, it } from "vitest";
import { datesOf, extract } from "./helpers.js";

/**
 * Helper x91: timeline readings found on blind text (set 73). Sentences written for these tests.
 */

describe("a word of continuing activity in a report's second that-clause", () => {
  it("dates the first clause's arrest by the report's day, not as ongoing", () => {
    const doc = extract(
      "TIKRIT, 14 March 2027 — The Salahuddin police said on Friday that they had detained three of the smugglers in the Qadisiya quarter and that a fourth was still at large.",
    );
    expect(datesOf(doc, /detained three of the smugglers/)).toEqual(["2027-03-12"]);
  });

  it("keeps the second clause's own happening, told as continuing, ongoing", () => {
    const doc = extract(
      "TIKRIT, 14 March 2027 — The Salahuddin police said on Friday that they had detained three of the smugglers in the Qadisiya quarter, and that clashes were still continuing in the orchards.",
    );
    expect(datesOf(doc, /clashes were still continuing/)).toEqual(["ongoing"]);
  });
});
