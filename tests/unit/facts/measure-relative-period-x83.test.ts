import { describe, expect, it } from "vitest";
import { dated, datesOf, extract } from "./helpers.js";

/**
 * A measure told with its own day and a period inside a relative clause on its object (set 70's
 * first sight, 694: issue 10, helper x83), checked on text written for these tests.
 */

describe("a period in a relative clause after a measure's own day", () => {
  it("leaves the measure dated by its day, not a tally over the period", () => {
    const doc = extract(
      "Police in Mosul raided a jewellery shop on Wednesday and detained its manager, who they say has sent about $90,000 to smuggling networks since March.",
      "2026-11-06T00:00:00Z",
    );
    expect(datesOf(doc, /raided a jewellery shop/)).toEqual(["2026-11-04"]);
  });

  it("guard: a count of measures over a period stays a tally", () => {
    const doc = extract(
      "Police in Mosul have raided 14 jewellery shops since March, the interior ministry said.",
      "2026-11-06T00:00:00Z",
    );
    expect(dated(doc).filter((f) => /raided 14 jewellery shops/.test(f.text))).toEqual([]);
  });
});
