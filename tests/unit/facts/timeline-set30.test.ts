import { describe, expect, it } from "vitest";
import { datesOf, extract, meta } from "./helpers.js";

/**
 * Timeline rules found on the misses of the thirtieth held-out set: a day told without its year
 * in a past paragraph, an event's date label, a journal's editorial history and a page's named
 * update stamp. Sentences written for these tests.
 */

describe("a day without its year in a flashback", () => {
  it("dates a statement's day after a dated day of a past year in that year", () => {
    const doc = extract(
      "The siege. On the night of 3 March 2019, gunmen stormed the jail at Tal Hamis while prisoners rioted inside. Clashes went on for days; the police announced on 9 March that they had regained full control of the jail.",
      "2026-06-10",
    );
    expect(datesOf(doc, /regained full control/)).toEqual(["2019-03-09"]);
  });

  it("keeps the publication's year after a past month that opened a period", () => {
    const doc = extract(
      "Trade has grown since the fall of the old government in December 2023. The crossing at Rabia reopened to lorries on 6 January after a long closure, the border authority said.",
      "2026-01-20",
    );
    expect(datesOf(doc, /reopened/)).toEqual(["2026-01-06"]);
  });
});

describe("publication dates of head stamps", () => {
  it("does not take an auction's sale date for the catalogue's, and reads its named update", () => {
    const text =
      "HARLOW & SONS · LONDON\nSale date: Thursday 25 June 2026 · Online catalogue updated Monday 15 June 2026\n\nLot 12 has been withdrawn from this sale.";
    expect(meta(text).publishedAt).toBe("2026-06-15");
  });

  it("keeps the report's date label and skips an inspection's", () => {
    const text =
      "BRIDGE SURVEY\nDate of issue: Sunday 9 August 2026 · Inspection date: Thursday 6 August 2026\n\nThe deck was cracked.";
    expect(meta(text).publishedAt).toBe("2026-08-09");
  });

  it("skips a journal article's received and accepted days for its publication", () => {
    const text =
      "JOURNAL OF DESERT ARCHAEOLOGY · Volume 4\nReceived 2 February 2026 · Accepted 9 March 2026 · Published online Wednesday 25 March 2026\n\nThe season ran in October.";
    expect(meta(text).publishedAt).toBe("2026-03-25");
  });

  it("still reads a report's lone submission stamp as its date", () => {
    const text =
      "RELIEF ALLIANCE\nQuarterly report to the donor\nSubmitted: Wednesday 15 April 2026\n\nTwo incidents forced us to stop work.";
    expect(meta(text).publishedAt).toBe("2026-04-15");
  });
});
