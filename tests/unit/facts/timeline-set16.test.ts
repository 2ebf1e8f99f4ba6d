import { describe, expect, it } from "vitest";
import { findDates } from "../../../src/core/facts/events/dates.js";
import { datesOf, extract } from "./helpers.js";

/** Registers of set 16 (a hospital bulletin, a utility's notice, a union statement), on invented text. */

describe("'last <weekday> week'", () => {
  it("is the weekday a week before last <weekday>, not last <weekday> itself", () => {
    // 2026-04-10 is a Friday: last Thursday is the 9th, last Thursday week the 2nd.
    expect(findDates("a convoy was ambushed last Thursday week", "2026-04-10").map((d) => d.value)).toEqual([
      "2026-04-02",
    ]);
    expect(findDates("a convoy was ambushed last Thursday", "2026-04-10").map((d) => d.value)).toEqual([
      "2026-04-09",
    ]);
  });

  it("on the weekday itself, last <weekday> week is two weeks back", () => {
    // 2026-04-09 is a Thursday.
    expect(findDates("the bridge was shelled last Thursday week", "2026-04-09").map((d) => d.value)).toEqual([
      "2026-03-26",
    ]);
  });

  it("dates the event it tells", () => {
    const doc = extract(
      "The pumping station was also hit last Monday week, when a mortar round damaged a generator.",
      "2026-04-10",
    );
    expect(datesOf(doc, /mortar round damaged/)).toEqual(["2026-03-30"]);
  });
});

describe("'the day after' set after a day", () => {
  it("introduces a happening of the day before that day", () => {
    const doc = extract(
      "The crossing closed on Monday 2 March, the day after gunmen shot dead two guards at the gate.",
      "2026-03-10",
    );
    expect(datesOf(doc, /shot dead two guards/)).toEqual(["2026-03-01"]);
  });

  it("after 'came', it dates the clause it introduces a day earlier", () => {
    const doc = extract(
      "The curfew on 14 May came the day after a car bomb exploded outside the market.",
      "2026-05-20",
    );
    expect(datesOf(doc, /car bomb exploded/)).toEqual(["2026-05-13"]);
  });

  it("standing alone, it is still the day after the day named", () => {
    const doc = extract(
      "Police arrested the driver on 3 March. His brother was detained the day after.",
      "2026-03-10",
    );
    expect(datesOf(doc, /brother was detained/)).toEqual(["2026-03-04"]);
  });
});
