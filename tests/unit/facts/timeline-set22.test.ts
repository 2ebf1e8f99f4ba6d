import { describe, expect, it } from "vitest";
import { datesOf, extract, meta } from "./helpers.js";

/**
 * Timeline rules found by classifying the misses of the twenty-second held-out set by cause: the
 * stamps with which registers other than news give their own date (a wiki page's last edit, an
 * archived page's capture, a letter's place and weekday, a note naming the page "of" its owner).
 * Sentences written for these tests.
 */

describe("page stamps and notes that date a document", () => {
  it("reads a wiki page's last-edit stamp as its date", () => {
    const text =
      "Talk:Example convoy attack\nFrom the encyclopedia's discussion pages · This page was last edited on Tuesday 3 March 2026, at 09:10 (UTC).\n\nA convoy was hit on Sunday.";
    expect(meta(text).publishedAt).toBe("2026-03-03");
    expect(datesOf(extract(text), /convoy was hit/)).toEqual(["2026-03-01"]);
  });

  it("reads a page's capture stamp over the dates of the entries below it", () => {
    const text =
      "Example Kebab House — Mosul road\nRating 4.1 · 310 reviews · Page captured Friday 13 March 2026, 09:00 · Sorted by: newest\n\nAli K. · Reviewed 12 March 2026\nGood food.\n\nSara M. · Reviewed 10 March 2026\nA bomb exploded near the gate today.";
    expect(meta(text).publishedAt).toBe("2026-03-13");
  });

  it("reads a letter's place and weekday before its dated dash", () => {
    const text =
      "EXAMPLE HOTEL · DUHOK\nA letter to our guests\nDuhok, Saturday 7 March 2026 — left at reception at 08:00\n\nA drone was shot down near the city on Thursday night.";
    expect(meta(text).publishedAt).toBe("2026-03-07");
    expect(datesOf(extract(text), /drone was shot down/)).toEqual(["2026-03-05"]);
  });

  it("reads a note naming the page of a council before the day it was posted", () => {
    const text =
      "NOTE\nSubtitles for a statement posted on the Facebook page of the Hajin local council on Sunday 8 March 2026 (filmed the same day).\n\nGunmen attacked a checkpoint on Friday.";
    expect(meta(text).publishedAt).toBe("2026-03-08");
  });

  it("does not take an edit stamp that is not the page's last for its date", () => {
    const text =
      "Example article\nThe lead was edited on Monday 2 March 2026 to add the toll.\n\nA convoy was hit on Sunday.";
    expect(meta(text).publishedAt).not.toBe("2026-03-02");
  });
});

describe("a transcript dated by the day its call was held", () => {
  it("reads a call's held line as the transcript's date and resolves the weekdays spoken in it", () => {
    const text =
      "EXAMPLE ENERGY PLC\nFirst-quarter results — conference call transcript\nCall held Wednesday 6 May 2026, 10:00 London time\n\nCEO: Gunmen attacked our pipeline on Sunday.";
    expect(meta(text).publishedAt).toBe("2026-05-06");
    expect(datesOf(extract(text), /attacked our pipeline/)).toEqual(["2026-05-03"]);
  });
});

describe("a quoted fragment inside an indirect report", () => {
  it("dates the clause by the statement when the quotation opens after the clause's subject", () => {
    const text =
      'MOSUL, 5 June 2026 — The army said on Wednesday that helicopters had "destroyed a depot used by the gunmen" near Badush.';
    expect(datesOf(extract(text), /destroyed a depot/)).toEqual(["2026-06-03"]);
  });

  it("leaves a direct quotation of the speech undated by the day it was said", () => {
    const text =
      'MOSUL, 5 June 2026 — The army said on Wednesday: "Helicopters destroyed a depot near Badush."';
    expect(datesOf(extract(text), /destroyed a depot/)).not.toContain("2026-06-03");
  });
});
