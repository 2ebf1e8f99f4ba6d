import { describe, expect, it } from "vitest";
import { datesOf, extract } from "./helpers.js";

/**
 * A named event that bounds a background period (set 70's first sight, 699: issue 10, helper
 * x83), checked on text written for these tests.
 */

describe("a named event after 'until' or 'since'", () => {
  it("is no day a later count of days starts from", () => {
    const doc = extract(
      [
        "A bomb exploded at the bus station in Qamishli on 14 March 2026, killing four people.",
        "",
        "Qamishli was held by the regime from 2012 until the fall of the Assad government in December 2024.",
        "",
        "Three days later, police arrested two suspects in the village of Tal Hamis.",
      ].join("\n"),
    );
    expect(datesOf(doc, /arrested two suspects/)).toEqual(["2026-03-17"]);
  });

  it("guard: a named event the story tells still starts the count", () => {
    const doc = extract(
      [
        "Rebels entered Damascus after the fall of the Assad government.",
        "",
        "Two days later, Israeli jets struck an arms depot near Qamishli.",
      ].join("\n"),
    );
    expect(datesOf(doc, /struck an arms depot/)).toEqual(["2024-12-10"]);
  });
});
