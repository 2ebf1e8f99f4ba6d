import { describe, expect, it } from "vitest";
import { findDates } from "../../../src/core/facts/events/dates.js";
import { datesOf, extract, meta } from "./helpers.js";

/** Registers of set 15 (a maritime bulletin, a broadcast's slug, shouted log dates), on invented text. */

describe("a bulletin's issue line", () => {
  it("'Issued <weekday> <date>, 0600 UTC' opening a segment of the head dates the bulletin", () => {
    const m = meta(
      "HARBOUR WATCH · GULF SHIPPING ADVISORY\nAdvisory 7/2025 · Issued Friday 3 October 2025, 0600 UTC · Valid for 48 hours\n\n1. SUMMARY\nA skiff approached a tanker on Thursday.",
    );
    expect(m.publishedAt).toBe("2025-10-03");
  });

  it("a four-figure time with its zone may close a date line", () => {
    expect(meta("Port notice\n3 October 2025, 1430Z\n\nThe berth was closed.").publishedAt).toBe(
      "2025-10-03",
    );
    expect(meta("Port notice\n3 October 2025, 0900 hrs\n\nThe berth was closed.").publishedAt).toBe(
      "2025-10-03",
    );
  });

  it("four figures without a zone are no time of a date line", () => {
    expect(meta("Port notice\n3 October 2025, 1430 tonnes\n\nThe berth was closed.").publishedAt).toBeNull();
  });
});

describe("a broadcast's slug in a header note", () => {
  it("'<channel>, <programme>, <time>, <date>.' dates the bulletin", () => {
    const text =
      "[Translation from Arabic. RIVER FM, late news, 21:30, Monday 9 March 2026. Names are spelt as spoken.]\n\nPRESENTER: Gunmen attacked a checkpoint near Hit last night.";
    expect(meta(text).publishedAt).toBe("2026-03-09");
    expect(datesOf(extract(text), /attacked a checkpoint/)).toEqual(["2026-03-08"]);
  });

  it("a sentence with a verb beside a date and a time is no slug", () => {
    const text =
      "[Note from the editor. Gunmen attacked the post at dawn, 05:30, Monday 9 March 2026. Names are withheld.]\n\nThe post was rebuilt.";
    expect(meta(text).publishedAt).toBeNull();
  });

  it("a list of labels with a date but no clock time is no slug", () => {
    expect(
      meta("[Archive. Mosul, Nineveh, Monday 9 March 2026. Photographs.]\n\nThe post was rebuilt.")
        .publishedAt,
    ).toBeNull();
  });
});

describe("a date restated in brackets", () => {
  it("the sentence's own date outranks its restatement in another time zone", () => {
    const doc = extract(
      "A drone struck a tanker shortly before 0200 local time on Wednesday 8 July (2300 UTC on Tuesday 7 July).",
      "2026-07-09",
    );
    expect(datesOf(doc, /drone struck/)).toEqual(["2026-07-08"]);
  });

  it("a bracketed date that restates nothing still dates the sentence", () => {
    const doc = extract("A drone struck a tanker near the terminal (on Tuesday 7 July).", "2026-07-09");
    expect(datesOf(doc, /drone struck/)).toEqual(["2026-07-07"]);
  });
});

describe("months written in capitals", () => {
  it("'05 JUN' and '16 JUNE 2026' are dates, as logs and bulletins write them", () => {
    expect(findDates("- 05 JUN, North Port: theft from a vessel", "2026-06-17").map((d) => d.value)).toEqual([
      "2026-06-05",
    ]);
    expect(findDates("ISSUED 16 JUNE 2026", null).map((d) => d.value)).toEqual(["2026-06-16"]);
  });

  it("a shouted modal verb is no month", () => {
    expect(findDates("ATTACKS MAY RISE IN THE NORTH", "2026-06-17")).toEqual([]);
  });
});

describe("a letter's own place-and-date line", () => {
  const letter = (close: string) =>
    `THE RIVER GAZETTE · LETTERS\nPublished Monday 16 March 2026\n\nA letter from a farmer\n\nMosul, Tuesday 10 March 2026\n\nSir,\n\nLast Friday gunmen burned our wheat store in the village.\n\n${close}\nAhmad Salim\n\nEditor's note: On Friday police arrested two men over the fire.`;

  it("dates what the writer counts from the day written, not the day published", () => {
    const text = letter("Yours faithfully,");
    expect(meta(text).written?.date).toBe("2026-03-10");
    const doc = extract(text);
    expect(datesOf(doc, /burned our wheat store/)).toEqual(["2026-03-06"]);
  });

  it("after the writer signs off, the page counts from its publication again", () => {
    expect(datesOf(extract(letter("With respect,")), /arrested two men/)).toEqual(["2026-03-13"]);
  });

  it("a place-and-date line on the day of publication is the publication's, no letter's", () => {
    const text =
      "Published Monday 16 March 2026\n\nMosul, Monday 16 March 2026\n\nLast Friday gunmen burned a store.";
    expect(meta(text).written).toBeUndefined();
  });
});
