import { describe, expect, it } from "vitest";
import { findDates } from "../../../src/core/facts/events/dates.js";
import { datesOf, extract, meta } from "./helpers.js";

/**
 * Timeline readings of session 54 (helper "tl"), on texts written for these tests: a magazine's
 * head that names its edition before the date, and a weekday an adjective qualifies under "on a".
 */

const values = (text: string, published: string | null) =>
  findDates(text, published).map((d) => [d.text, d.value]);

describe("an edition named before its date in a head line", () => {
  it("'online edition, <weekday> <date>' dates the magazine, and its 'on Tuesday night' counts from it", () => {
    const text =
      "THE RIVER KITCHEN · Monthly for bakers and grocers\nMarch 2026 issue · Shop Profiles · online edition, Friday 13 March 2026\n\nA bakery on the old bridge road\n\nOn Tuesday night, gunmen threw a grenade at a grocery two streets away; a porter was wounded.";
    expect(meta(text).publishedAt).toBe("2026-03-13");
    expect(datesOf(extract(text), /threw a grenade/)).toEqual(["2026-03-10"]);
  });

  it("'print edition: <date>' is the same stamp; a date followed by more words is not", () => {
    expect(meta("THE VALLEY GAZETTE\nprint edition: Monday 2 February 2026\n\nNEWS").publishedAt).toBe(
      "2026-02-02",
    );
    expect(values("the edition of 2 February 2026 was pulped", null)).toEqual([
      ["2 February 2026", "2026-02-02"],
    ]);
  });
});

describe("a weekday an adjective qualifies under 'on a' is any such day", () => {
  it("'On a busy Saturday' is no day counted back from publication", () => {
    expect(values("On a busy Saturday, the stall sells 300 loaves.", "2026-05-14")).toEqual([]);
    expect(values("On a quiet Monday the market is half empty.", "2026-05-14")).toEqual([]);
  });

  it("a weekday after a noun is still a day: 'killed a soldier Saturday', 'on Saturday'", () => {
    // 2026-05-14 was a Thursday.
    expect(values("Gunmen killed a soldier Saturday.", "2026-05-14")).toEqual([["Saturday", "2026-05-09"]]);
    expect(values("The stall was burned on Saturday.", "2026-05-14")).toEqual([
      ["on Saturday", "2026-05-09"],
    ]);
  });
});

describe("a head two measures name, at places named apart, is two things", () => {
  const text =
    "FAQ: the market after the blast\nLast updated: Friday 6 March 2026, 17:00\n\nQ: Why were the shops shut?\nA: Because roads to the east of Kalar were closed for most of the day. Our manager said on Thursday that the decision had been taken for the roads. He added that the checkpoint on the Mosul road had been reopened at 14:00.\n\nQ: Is anyone under arrest?\nA: The police announced on Thursday night that two men had been detained at a house in Halabja. A third was arrested at a checkpoint near Darbandikhan the next day, according to a local official.";

  it("the arrest at a checkpoint near one town keeps its day; the reopened checkpoint on another road does not take it", () => {
    const doc = extract(text);
    expect(datesOf(doc, /^A third was arrested/)).toEqual(["2026-03-06"]);
    expect(datesOf(doc, /Mosul road had been reopened/)).not.toContain("2026-03-06");
  });
});
