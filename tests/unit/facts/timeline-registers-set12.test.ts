import { describe, expect, it } from "vitest";
import { findDates } from "../../../src/core/facts/events/dates.js";
import { datesOf, extract, meta } from "./helpers.js";

/**
 * Timeline rules from the registers of the twelfth held-out set: header dates of datelines that
 * name their weekday and of titles closed by a bracketed date, log and blotter entries headed by a
 * day and an hour, "last night" and "on the 14th", and dates that qualify a noun rather than the
 * clause around it. Sentences written for these tests.
 */

describe("publication dates of new header forms", () => {
  it("reads a capitals dateline that names the weekday before its date", () => {
    const text =
      "Preacher condemns attack\n\nALEPPO, Tuesday 3 February 2026 — The preacher of the great mosque told worshippers on Friday that the attack had shamed the city.";
    expect(meta(text).publishedAt).toBe("2026-02-03");
  });

  it("reads a title line closed by its date alone in brackets, American order", () => {
    const text =
      "Security Alert – U.S. Consulate Erbil, Iraq (June 4, 2026)\n\nEvent: Late on Tuesday, a drone was shot down near the airport.";
    expect(meta(text).publishedAt).toBe("2026-06-04");
    expect(datesOf(extract(text), /drone was shot down/)).toEqual(["2026-06-02"]);
  });

  it("does not read a bracketed date inside a sentence as the title's", () => {
    const text =
      "Ceasefire holds\n\nThe ceasefire agreed in the spring (April 2, 2025) has held, officials said on Monday. Nothing else was reported.";
    expect(meta(text).publishedAt).toBeNull();
  });
});

describe("day and time in log entries", () => {
  it("reads 'Nov 3, 21:40' as a day with its hour, not a year", () => {
    expect(findDates("Mon 3 Nov, 21:40 — Road", "2026-11-06").map((d) => d.value)).toEqual(["2026-11-03"]);
    expect(findDates("Nov 3, 9.15 — Road", "2026-11-06").map((d) => d.value)).toEqual(["2026-11-03"]);
    expect(findDates("on 3 Nov, 2025", "2026-11-06").map((d) => d.value)).toEqual(["2025-11-03"]);
  });

  it("dates a blotter entry's report by its head, and its first sentence after a head naming a place", () => {
    const doc = extract(
      "THE RIVER HERALD · Weekly edition · Friday 13 March 2026\n\nMon 9 Mar, 21:40 — Old market, Samarra. Soldiers stopped a pickup carrying six crates of ammunition with forged papers. The driver was detained.\n\nWed 11 Mar, 07:15 — North of Balad. A family reported that gunmen had set fire to their barn last night. Nobody was hurt.",
    );
    expect(datesOf(doc, /stopped a pickup/)).toEqual(["2026-03-09"]);
    expect(datesOf(doc, /driver was detained/)).toEqual(["2026-03-09"]);
    // "last night" counts from the entry's day, not from the issue's.
    expect(datesOf(doc, /set fire to their barn/)).toEqual(["2026-03-10"]);
  });
});

describe("bare relative days", () => {
  it("resolves 'last night' against the reference day", () => {
    expect(findDates("Late last night, gunmen attacked a post.", "2026-10-12").map((d) => d.value)).toEqual([
      "2026-10-11",
    ]);
  });

  it("resolves 'on the 14th' in the reference month, or the month before when it has not come", () => {
    expect(findDates("a raid on the 14th", "2026-10-20").map((d) => d.value)).toEqual(["2026-10-14"]);
    expect(findDates("a raid on the 24th", "2026-10-20").map((d) => d.value)).toEqual(["2026-09-24"]);
    expect(findDates("on the 14th of May 2025", null).map((d) => d.value)).toEqual(["2025-05-14"]);
    expect(findDates("offices on the 21st floor", "2026-10-20")).toEqual([]);
  });
});

describe("dates that qualify a noun", () => {
  it("does not date an act by a possessive date set after a preposition", () => {
    const doc = extract(
      "THE RIVER HERALD · Weekly edition · Friday 13 March 2026\n\nThu 12 Mar, 09:00 — South of Tuz. Police began a sweep of the foothills after last week's bombing.",
    );
    expect(datesOf(doc, /sweep of the foothills/)).toEqual(["2026-03-12"]);
    const told = extract(
      "The elder of the two drivers hurt in Saturday's blast died in hospital. Saturday's blast destroyed a lorry.",
      "2026-05-14",
    );
    expect(datesOf(told, /died in hospital/)).not.toContain("2026-05-09");
    // The possessive dates its own noun.
    expect(datesOf(told, /blast destroyed/)).toEqual(["2026-05-09"]);
  });

  it("dates a reduced relative clause by its own day and the clause around it by the entry's", () => {
    const doc = extract(
      "THE RIVER HERALD · Weekly edition · Friday 13 March 2026\n\nThu 12 Mar, 10:00 — Tuz. Using a map seized from the smugglers arrested the day before, police dug up a cache of rifles in a field.",
    );
    expect(datesOf(doc, /dug up a cache/)).toEqual(["2026-03-12"]);
    expect(datesOf(doc, /^the smugglers arrested the day before$/)).toEqual(["2026-03-11"]);
  });
});

describe("a verb of saying after a noun is no reduced relative", () => {
  it("dates what a source quoted by an agency denied by the day of the denial", () => {
    const doc = extract(
      "A military source quoted by the state agency denied on Monday that the air force had carried out any strike inside Syrian territory.",
      "2026-11-10",
    );
    expect(datesOf(doc, /any strike/)).toEqual(["2026-11-09"]);
  });
});

describe("attacks and escapes told in other words", () => {
  it("reads a checkpoint that came under fire as an attack of its day", () => {
    const doc = extract(
      "Gunmen attacked a checkpoint in Hit on Sunday, killing one officer. A second checkpoint, near Kubaysa, came under fire the day before, without casualties.",
      "2026-04-08",
    );
    expect(datesOf(doc, /came under fire/)).toEqual(["2026-04-04"]);
    expect(doc.facts.find((f) => /came under fire/.test(f.text))?.kind).toBe("event");
  });

  it("folds where a salvo's rockets landed into the salvo told just before", () => {
    const doc = extract(
      "Late on Monday, four rockets were fired toward the airport in Kirkuk. Police said that one rocket landed in a car park and another fell near a school, damaging a wall. Nobody was hurt.",
      "2026-04-08",
    );
    const rockets = doc.facts.filter((f) => /rocket/.test(f.text) && f.date);
    expect(rockets.map((f) => f.date?.value)).toEqual(["2026-04-06"]);
  });

  it("reads a break-out attempt, hyphenated, as an escape", () => {
    const doc = extract(
      "There was a break-out attempt at a prison in Raqqa on Monday; the guards stopped it.",
      "2026-04-08",
    );
    expect(datesOf(doc, /break-out attempt/)).toEqual(["2026-04-06"]);
  });
});

describe("background attacks and raids named in passing", () => {
  it("reads the bombing of a named target as an attack of its date", () => {
    const doc = extract(
      "The bishop prayed for the dead and for the wounded, and recalled the bombing of the Saint George church in Aleppo in May 2024.",
      "2026-03-07",
    );
    expect(datesOf(doc, /bombing of the Saint George church/)).toEqual(["2024-05"]);
    // An air campaign against a city is no bombing of a target.
    expect(
      datesOf(extract("They recalled the aerial bombing of the city in 2017.", "2026-03-07"), /bombing/),
    ).toEqual([]);
  });

  it("reads a raid placed and dated in passing as a raid that happened", () => {
    const doc = extract(
      "The mayor said his office had not been told of the raid near Khanasor on 4 March either.",
      "2026-03-09",
    );
    expect(datesOf(doc, /raid near Khanasor/)).toEqual(["2026-03-04"]);
  });
});
