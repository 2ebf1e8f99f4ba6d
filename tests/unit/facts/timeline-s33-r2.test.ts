import { describe, expect, it } from "vitest";
import { findDates } from "../../../src/core/facts/events/dates.js";
import { datesOf, extract } from "./helpers.js";

/** Dates and timeline entries of session 33, round 2, on texts written for these tests. */

const values = (text: string, published: string | null) =>
  findDates(text, published).map((d) => [d.text, d.value]);

describe("a night told by its two weekdays", () => {
  it("spans the two days, the first the latest such weekday", () => {
    // 2026-09-10 was a Thursday.
    expect(values("raided on the night of Monday to Tuesday", "2026-09-10")).toEqual([
      ["on the night of Monday to Tuesday", "2026-09-07/2026-09-08"],
    ]);
    expect(values("the night of Wednesday into Thursday", "2026-09-10")).toEqual([
      ["the night of Wednesday into Thursday", "2026-09-09/2026-09-10"],
    ]);
  });

  it("weekdays that are not one night are read one by one", () => {
    expect(values("the night of Monday to Wednesday", "2026-09-10")).toEqual([
      ["the night of Monday", "2026-09-07"],
      ["Wednesday", "2026-09-09"],
    ]);
  });

  it("dates the event it tells", () => {
    const doc = extract(
      "Baghdad, Thursday 10 September 2026\n\nThe minister praised the raid carried out by army helicopters on the night of Monday to Tuesday near Baiji, which killed four militants.",
      "2026-09-10",
    );
    expect(datesOf(doc, /\braid\b/)).toEqual(["2026-09-07/2026-09-08"]);
  });
});

describe("a definite phrase of another clause is no retelling", () => {
  it("'The road was closed ... after rockets fell' keeps its own day beside a device found on the road", () => {
    const doc = extract(
      "Issued: Monday 14 September 2026\n\nA bomb was found on the road near the bridge at 22:00 yesterday by an army patrol.\n\nThe road was closed for three hours yesterday morning after rockets fell near the power station.",
      "2026-09-14",
    );
    expect(datesOf(doc, /bomb was found/)).toEqual(["2026-09-13"]);
    expect(datesOf(doc, /rockets fell/)).toContain("2026-09-13");
  });
});

describe("a person beaten, told in the passive", () => {
  it("is a dated event of violence", () => {
    const doc = extract(
      "Monitor report, Friday 16 October 2026\n\nOn 2 October, a local reporter was badly beaten in Tuz Khurmatu by men who did not give their names.",
      "2026-10-16",
    );
    expect(datesOf(doc, /was badly beaten/)).toEqual(["2026-10-02"]);
  });

  it("a side beaten in a match or a vote is no event", () => {
    const doc = extract(
      "Sports desk, Friday 16 October 2026\n\nOn 2 October, the Erbil club was beaten in the final by a side from Basra.",
      "2026-10-16",
    );
    expect(datesOf(doc, /beaten/)).toEqual([]);
  });
});
