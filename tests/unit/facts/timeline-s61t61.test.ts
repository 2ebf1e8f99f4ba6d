import { describe, expect, it } from "vitest";
import { datesOf, extract } from "./helpers.js";

/**
 * Session 61 (t61): timeline events the extractor dated wrong or not at all in the lowest
 * held-out sets, by the construction that carried their date. Sentences written for these tests.
 */

describe("a month of the year last named", () => {
  it("reads 'that August' as August of the year the sentence named before it", () => {
    const doc = extract(
      "Islamic State fighters seized the town of Qaryatayn in May 2015 and blew up its old monastery that August.",
      "2026-06-17",
    );
    expect(datesOf(doc, /blew up its old monastery/)).toContain("2015-08");
    expect(datesOf(doc, /seized the town/)).toContain("2015-05");
  });

  it("does not read the modal 'that may' as a month, nor 'that August' with no year before it", () => {
    const modal = extract(
      "Militants attacked a checkpoint near Hit in March 2016. Officials warned of attacks that may follow.",
      "2026-06-17",
    );
    expect(datesOf(modal, /./).some((d) => d?.endsWith("-05"))).toBe(false);
    const yearless = extract("Gunmen burned the mill that August.", null);
    expect(datesOf(yearless, /burned the mill/)).toEqual([]);
  });
});

describe("a run of days counted back from a day named", () => {
  it("dates 'over the previous five days' as the five days before the statement's day", () => {
    const doc = extract(
      "The police said on Sunday that they had moved 40 prisoners from the old jail in Kirkuk to a new prison near Dibis over the previous five days.",
      "2026-07-09",
    );
    expect(datesOf(doc, /moved 40 prisoners/)).toEqual(["2026-06-30/2026-07-04"]);
  });

  it("counts 'in the past six days' back from a day of its sentence, and leaves it alone without one", () => {
    const named = extract(
      "The army said on Monday that it had arrested 40 suspects in Kirkuk in the past six days.",
      "2026-06-17",
    );
    expect(datesOf(named, /arrested 40 suspects/)).toEqual(["2026-06-09/2026-06-14"]);
    // "the past six days" with no day named counts from today: not a run this reading dates.
    const deictic = extract(
      "Police have arrested 40 suspects in Kirkuk over the past six days.",
      "2026-06-17",
    );
    expect(datesOf(deictic, /arrested 40 suspects/)).toEqual([]);
  });
});

describe("a happening a later statement reports in the pluperfect", () => {
  it("takes the day the story told it on, and is the one entry of it", () => {
    const doc = extract(
      "On Sunday night the mukhtar sent three messages as gunmen attacked his village near Makhmour. The army said in a statement on Monday that gunmen had attacked the village guard post, killing one guard.",
      "2026-09-29",
    );
    expect(datesOf(doc, /had attacked the village guard post/)).toEqual(["2026-09-27"]);
    expect(datesOf(doc, /sent three messages/)).toEqual([]);
  });

  it("keeps the statement's day for another place, or a response told by another verb", () => {
    const other = extract(
      "On Sunday night gunmen attacked a checkpoint near Tikrit. The army said in a statement on Monday that militants had attacked a police station in Baquba, killing one officer.",
      "2026-09-29",
    );
    expect(datesOf(other, /had attacked a police station/)).toEqual(["2026-09-28"]);
    expect(datesOf(other, /attacked a checkpoint near Tikrit/)).toEqual(["2026-09-27"]);
    const response = extract(
      "On Sunday night gunmen attacked a checkpoint near Tikrit. The army said in a statement on Monday that its forces had killed two of the gunmen near the checkpoint.",
      "2026-09-29",
    );
    expect(datesOf(response, /had killed two of the gunmen/)).toEqual(["2026-09-28"]);
  });
});

describe("ground a jihadist group held until a date", () => {
  it("reads 'held by Islamic State until November 2017' as the town taken back then", () => {
    const doc = extract(
      "Qaim was held by Islamic State until November 2017, and its market was badly damaged.",
      "2026-06-14",
    );
    expect(datesOf(doc, /held by Islamic State until/)).toEqual(["2017-11"]);
  });

  it("does not read a hold by an army, or a hold with no group named", () => {
    const army = extract("The bridge was held by the army until November 2017.", "2026-06-14");
    expect(datesOf(army, /held by/)).toEqual([]);
    const unnamed = extract("The village was held until November 2017.", "2026-06-14");
    expect(datesOf(unnamed, /held until/)).toEqual([]);
  });
});
