import { describe, expect, it } from "vitest";
import { segment } from "../../../src/core/facts/text/segment.js";
import { tokenize } from "../../../src/core/facts/text/tokenize.js";
import { extract } from "./helpers.js";

/**
 * Timeline rules found by classifying the misses of the ninth held-out set by cause (header
 * dates of reports and translations, retold developments, relative years, shared dates of
 * coordinated clauses, happenings no rule named). Sentences written for these tests.
 */

const dated = (doc: ReturnType<typeof extract>) =>
  doc.facts.filter((f) => (f.kind === "event" || f.kind === "countermeasure") && f.date);
const datesOf = (doc: ReturnType<typeof extract>, words: RegExp) =>
  dated(doc)
    .filter((f) => words.test(f.text))
    .map((f) => f.date?.value);
const meta = (text: string) => segment(text, tokenize(text)).metadata;

describe("publication dates in report and translation headers", () => {
  it("reads a report's date of issue, not its reporting period", () => {
    const text =
      "FIELD UPDATE\nCamp services, Bulletin No. 4\nReporting period: 1–14 June 2026\nDate of issue: 17 June 2026\n\nA convoy arrived on 2 June.";
    expect(meta(text).publishedAt).toBe("2026-06-17");
  });

  it("reads a translator's note whose outlet and city carry lower-case particles", () => {
    const text =
      "[Translated from Arabic. Originally published by Sawt al-Furat, Deir ez-Zor, on Friday, 3 April 2026. Names follow the original.]\n\nGunmen killed a teacher in Hajin on Thursday.";
    expect(meta(text).publishedAt).toBe("2026-04-03");
    expect(datesOf(extract(text), /killed a teacher/)).toEqual(["2026-04-02"]);
  });
});

describe("one entry for a day told twice with the same count", () => {
  it("folds a highlight and its dated development into one entry", () => {
    const text =
      "Date of issue: 20 May 2026\n\nHIGHLIGHTS\n\n• A convoy of 143 families arrived at the camp from Syria on 11 May.\n\nDEVELOPMENTS\n\n11 May – A convoy of 143 families crossed at the border post and reached the camp in the evening.";
    const doc = extract(text);
    expect(datesOf(doc, /143 families/)).toEqual(["2026-05-11"]);
  });

  it("keeps two happenings of one day with different counts apart", () => {
    const text =
      "Date of issue: 20 May 2026\n\n11 May – A convoy of 143 families arrived at the camp from Hasakah.\n\n11 May – A second convoy of 97 families arrived at the camp from Raqqa.";
    expect(datesOf(extract(text), /families arrived/)).toHaveLength(2);
  });
});
