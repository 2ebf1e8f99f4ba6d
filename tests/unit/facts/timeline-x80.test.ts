import { describe, expect, it } from "vitest";
import { findDates } from "../../../src/core/facts/events/dates.js";
import { datesOf, extract } from "./helpers.js";

/** Timeline readings of set 68's first sight (helper x80), on texts written for these tests. */

describe("a night told by its two weekdays and, in brackets, its two days", () => {
  it("is those days, the night's start first, not the weekdays counted back from publication", () => {
    // 2027-03-06 is a Saturday: the weekdays alone would be Monday 1 and Tuesday 2 March.
    expect(
      findDates("In the night from Monday to Tuesday (22/23 February), thieves broke in.", "2027-03-06").map(
        (d) => d.value,
      ),
    ).toEqual(["2027-02-22/2027-02-23"]);
  });

  it("guard: without the bracketed days the weekdays still count back from publication", () => {
    expect(
      findDates("On the night of Monday to Tuesday, thieves broke in.", "2027-03-06").map((d) => d.value),
    ).toEqual(["2027-03-01/2027-03-02"]);
  });

  it("guard: a night told by its days alone, with a slash, keeps its reading", () => {
    expect(
      findDates("On the night of 22/23 February, thieves broke in.", "2027-03-06").map((d) => d.value),
    ).toEqual(["2027-02-23"]);
  });
});

describe("a time-fronted clause whose subject goes on to a second act after ', and'", () => {
  it("tells the act whole under that time", () => {
    const doc = extract(
      "In the night from Monday to Tuesday (22/23 February), a gang of six men broke into the museum store at Halabiye, near the river, and loaded forty crates of coins onto a lorry.",
      "2027-03-06",
    );
    expect(datesOf(doc, /forty crates of coins/)).toEqual(["2027-02-22/2027-02-23"]);
  });

  it("guard: a second subject after ', and' is a clause of its own", () => {
    const doc = extract(
      "In the night from Monday to Tuesday (22/23 February), a gang of six men broke into the museum store at Halabiye, and the guards fled.",
      "2027-03-06",
    );
    expect(datesOf(doc, /broke into the museum store/).length).toBeGreaterThan(0);
    expect(datesOf(doc, /broke into the museum store.*guards fled/)).toEqual([]);
  });
});
