import { describe, expect, it } from "vitest";
import { dated, datesOf, extract } from "./helpers.js";

/**
 * Helper x89: timeline readings found on blind text. Sentences written for these tests.
 */

describe("a report's second that-clause joined by 'and that' without a comma", () => {
  const text =
    "HOMS, 9 March 2027 — On Sunday the provincial police said three men had been detained in the Waer district and that one of them had driven a taxi in the town until October.";

  it("dates the detention by the report's day, not by the end of a state told in the second clause", () => {
    const doc = extract(text);
    expect(datesOf(doc, /three men had been detained/)).toEqual(["2027-03-07"]);
    expect(dated(doc).some((f) => f.date?.text === "until October")).toBe(false);
  });

  it("keeps a date a second clause gives a happening of its own ('in February' is no state's end)", () => {
    const doc = extract(
      "HOMS, 9 March 2027 — On Sunday the provincial police said three men had been detained in the Waer district and that a fourth man was arrested in Talkalakh in February.",
    );
    expect(dated(doc).some((f) => f.date?.value === "2027-02")).toBe(true);
  });

  it("leaves 'and that' without a verb of saying before it alone", () => {
    const doc = extract(
      "HOMS, 9 March 2027 — Gunmen burned the clinic and that school in the Waer district on Sunday.",
    );
    expect(datesOf(doc, /burned the clinic and that school/)).toEqual(["2027-03-07"]);
  });
});
