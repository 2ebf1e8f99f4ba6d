import { describe, expect, it } from "vitest";
import { findDates } from "../../../src/core/facts/events/dates.js";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

/**
 * Session 69 (lead): "the second half of the year" in a year-end review published in January is
 * the half of the year the story tells, not a half to come (seen in a monitor's review whose
 * timeline printed "July 2027 – December 2027, expected" for a toll already counted).
 */
describe("a part of 'the year' in a story that named its year", () => {
  it("is of the year last named", () => {
    const [d] = findDates("were killed in the second half of the year", "2027-01-05", 0, 2026);
    expect(d?.value).toBe("2026-07/2026-12");
  });

  it("is of publication's year when the story named none", () => {
    const [d] = findDates("were killed in the second half of the year", "2027-01-05");
    expect(d?.value).toBe("2027-07/2027-12");
  });

  it("is not moved when it is this year or last year", () => {
    expect(findDates("in the first half of this year", "2027-01-05", 0, 2026)[0]?.value).toBe(
      "2027-01/2027-06",
    );
    expect(findDates("in the first half of last year", "2027-01-05", 0, 2025)[0]?.value).toBe(
      "2026-01/2026-06",
    );
  });

  it("dates the toll of a review within the year it reviews", () => {
    const text =
      "The monitor recorded 41 attacks on army posts in the Homs desert between July and December 2026.\n\nAt least 60 soldiers were killed in the attacks of the second half of the year, the monitor said.";
    const doc = extractFacts({ id: "r", title: "Review", text, publishedAt: "2027-01-06" });
    const killed = doc.facts.find((f) => f.kind === "event" && /60 soldiers/.test(f.text));
    expect(killed?.date?.value).toBe("2026-07/2026-12");
  });
});
