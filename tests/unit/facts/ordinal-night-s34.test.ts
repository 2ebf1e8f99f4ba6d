import { describe, expect, it } from "vitest";
import { findDates } from "../../../src/core/facts/events/dates.js";
import { datesOf, extract } from "./helpers.js";

/**
 * A day told by its ordinal alone after a part of the day ("the night of the 26th"), as in a
 * letter or a newsletter, on texts written for these tests (session 34).
 */

const values = (text: string, pub: string) => findDates(text, pub).map((d) => d.value);

describe("the night (or morning) of an ordinal day", () => {
  it("is that day of the reference's month, or of the month before when it has not yet come", () => {
    expect(values("Shots were heard on the night of the 12th, near the silos.", "2026-06-20")).toEqual([
      "2026-06-12",
    ]);
    expect(values("The road was closed on the morning of the 28th.", "2026-06-03")).toEqual(["2026-05-28"]);
  });

  it("is no day when the ordinal names a unit or a count", () => {
    expect(values("It was the night of the 15th Brigade's first patrol.", "2026-06-20")).toEqual([]);
    expect(values("They crossed on the 11th day of the march.", "2026-06-20")).toEqual([]);
  });

  it("dates 'the next morning' from that night, not from a deadline named before it", () => {
    const doc = extract(
      [
        "Fees for the spring term must be paid by 15 July, and families in difficulty may ask for help.",
        "Many of you heard the shooting on the night of the 12th, when gunmen fired on the gate of the prison.",
        "The next morning the guards were searching the orchards, and some of the prisoners had escaped.",
      ].join("\n\n"),
      "2026-06-20",
    );
    expect(datesOf(doc, /fired on the gate/)).toEqual(["2026-06-12"]);
    expect(datesOf(doc, /prisoners had escaped/)).toEqual(["2026-06-13"]);
  });
});
