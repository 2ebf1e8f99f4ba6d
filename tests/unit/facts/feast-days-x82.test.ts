import { describe, expect, it } from "vitest";
import { datesOf, extract } from "./helpers.js";

/**
 * Session x82: a feast of a fixed calendar day told as a time adverbial, and a statement's
 * account counted from the story's day. Sentences written for these tests.
 */

describe("'on Christmas Eve', 'on New Year's Day': the feast's last return", () => {
  it("dates a happening told 'late on Christmas Eve' in the week after", () => {
    const doc = extract(
      "Published Tuesday 29 December 2026\n\nTwo guards were wounded when a grenade was thrown at a church gate in Ankawa late on Christmas Eve, a priest said.",
    );
    expect(datesOf(doc, /grenade was thrown/)).toEqual(["2026-12-24"]);
  });

  it("dates 'on New Year's Day' in January as that year's first day", () => {
    const doc = extract(
      "Published Monday 4 January 2027\n\nA roadside bomb killed a shepherd near Tuz Khurmatu on New Year's Day, police said.",
    );
    expect(datesOf(doc, /roadside bomb killed/)).toEqual(["2027-01-01"]);
  });

  it("guard: a feast naming a thing ('Christmas Day celebrations') dates nothing", () => {
    const doc = extract(
      "Published Tuesday 29 December 2026\n\nThe town council cancelled Christmas Day celebrations after gunmen attacked a checkpoint.",
    );
    expect(doc.facts.some((f) => f.date?.text?.includes("Christmas"))).toBe(false);
  });
});

describe("'said in a statement that … the next morning' after a later interview's day", () => {
  it("counts the next morning from the story's day, not the interview's", () => {
    const doc = extract(
      'Published Monday 28 December 2026\n\nA shopkeeper was shot dead in Tel Keppe on Tuesday night, relatives said.\n\n"He had no enemies," his cousin told the Courier on Saturday.\n\nThe Nineveh Police Command said in a short statement that two suspects had been arrested the next morning at a farm outside the town.',
    );
    expect(datesOf(doc, /suspects had been arrested/)).toEqual(["2026-12-23"]);
  });
});
