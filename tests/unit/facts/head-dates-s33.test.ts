import { describe, expect, it } from "vitest";
import { datesOf, extract, meta } from "./helpers.js";

/** The head line of a held or taken-down text (session 33), on texts written for these tests. */

describe("a head line that says when the text was held or taken down", () => {
  it("'Held online on <date>' alone in the head dates the text", () => {
    const text =
      "THE DAILY OBSERVER · READERS' Q&A\nHeld online on Tuesday 10 March 2026, 12:00–13:00. Questions are edited.\n\nHost: Welcome.\n\nReporter: Gunmen attacked a checkpoint near Tikrit on Monday night.";
    expect(meta(text).publishedAt).toBe("2026-03-10");
    expect(datesOf(extract(text), /attacked a checkpoint/)).toEqual(["2026-03-09"]);
  });

  it("'Taken on <date>' dates a statement taken down by the police", () => {
    const text =
      "POLICE DIRECTORATE\nSTATEMENT OF A WITNESS\nTaken on Sunday 8 February 2026 at 10:15, at the central station\n\nYesterday evening two men kidnapped my cousin outside the market.";
    expect(meta(text).publishedAt).toBe("2026-02-08");
  });

  it("a labelled publication still outranks the day the words were spoken", () => {
    const text =
      "Forum transcript\nPanel held in Amman on Thursday 16 April 2026 · Transcript published Monday 20 April 2026\n\nSMITH: Thank you.";
    expect(meta(text).publishedAt).toBe("2026-04-20");
  });
});
