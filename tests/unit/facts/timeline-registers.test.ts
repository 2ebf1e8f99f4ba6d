import { describe, expect, it } from "vitest";
import { segment } from "../../../src/core/facts/text/segment.js";
import { tokenize } from "../../../src/core/facts/text/tokenize.js";
import { extract } from "./helpers.js";

/**
 * Timeline rules for registers the earlier sets lacked (transcripts, releases, translated
 * statements, live pages, explainers): header dates in their forms, relative days against them,
 * passive outcomes of proceedings, and one entry per event. Sentences written for these tests.
 */

const dated = (doc: ReturnType<typeof extract>) =>
  doc.facts.filter((f) => (f.kind === "event" || f.kind === "countermeasure") && f.date);
const dateOf = (doc: ReturnType<typeof extract>, words: RegExp) =>
  dated(doc).find((f) => words.test(f.text))?.date?.value;
const meta = (text: string) => segment(text, tokenize(text)).metadata;

describe("publication dates in the header forms of other registers", () => {
  it("reads a date a header line labels the text with, and keeps the line as text", () => {
    const text =
      "KIRKUK COMMUNITY RADIO\nRecording of the programme of Friday, 6 March 2026, 19:00–19:45\n\nPRESENTER: Police say gunmen attacked a checkpoint on Thursday night.";
    expect(meta(text).publishedAt).toBe("2026-03-06");
    expect(dateOf(extract(text), /attacked a checkpoint/)).toBe("2026-03-05");
  });

  it("does not take a dated sentence of the story for a header", () => {
    const text =
      "Floods in the north\n\nOn 3 March 2026 the river rose by two metres in a night.\n\nMore later.";
    expect(meta(text).publishedAt).toBeNull();
  });

  it("reads a title-case dateline that gives a year, with no agency", () => {
    const text =
      "PRESS RELEASE\n\nNicosia, 14 May 2026 — Two aid workers were abducted near Raqqa on Tuesday, the group said today.";
    const m = meta(text);
    expect(m.publishedAt).toBe("2026-05-14");
    expect(m.dateline?.date).toBe("2026-05-14");
    expect(dateOf(extract(text), /abducted/)).toBe("2026-05-12");
  });

  it("reads a place of issue with the weekday of a date in figures", () => {
    const text =
      "Communique No. 7/2026\n\nIrbid, Thursday 5/3/2026\n\nThe source said border guards intercepted a drone yesterday evening.";
    expect(meta(text).publishedAt).toBe("2026-03-05");
  });

  it("reads dates between middle dots, beside a reading time", () => {
    expect(
      meta("EXPLAINER\n\nWhy the road is closed\n\n3 April 2026 · 5 min read\n\nThe road shut.").publishedAt,
    ).toBe("2026-04-03");
    const text =
      "Title\n\n6 min read · March 9, 2026 11:02 AM GMT+3\n\nBAGHDAD (Wire) - Rockets hit a base on Sunday.";
    expect(meta(text).publishedAt).toBe("2026-03-09");
  });

  it("dates a live page by its last update, not by when it started", () => {
    const text =
      "LIVE | Storms in the south\n\nDaily Courier · Live page · Started 10 October 2026, 21:00 · Last updated 11 October 2026, 09:15 (local time, GMT+3)\n\nThe bridge collapsed this morning.";
    expect(meta(text).publishedAt).toBe("2026-10-11");
  });
});
