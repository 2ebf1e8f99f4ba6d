import { describe, expect, it } from "vitest";
import { dated, datesOf, extract, meta } from "./helpers.js";

/**
 * Timeline rules found by classifying the misses of the tenth held-out set by cause (a release's
 * dated lede, a byline with its update, a digest's item heads with short weekdays, …).
 * Sentences written for these tests.
 */

describe("publication dates of releases and updated stories", () => {
  it("reads a release's lede that opens with its date and a dash", () => {
    const text =
      "AID AGENCY · PRESS RELEASE\n\nCamp water cut for a week\n\nApril 14, 2026 — Families in the Roj camp have had no running water since the pumps failed, the agency said today.";
    expect(meta(text).publishedAt).toBe("2026-04-14");
  });

  it("resolves a day-month date of the story against the lede's date", () => {
    const text =
      "PRESS RELEASE\n\n14 April 2026 — Guards moved two brothers out of the Roj camp at dawn on December 3, their mother said.";
    expect(datesOf(extract(text), /moved two brothers/)).toEqual(["2025-12-03"]);
  });

  it("does not take a sentence that merely starts with a date for a lede", () => {
    const text = "THE PAPER\n\nApril 14, 2026 was the day the pumps failed in the Roj camp, residents said.";
    expect(meta(text).publishedAt).toBeNull();
  });

  it("takes the first date of a byline that also gives its update", () => {
    const text =
      "THE PAPER\n\nBy Sara Aziz | Monday 6 April 2026, updated Tuesday 7 April 2026\n\nMOSUL, Iraq — A bomb killed two men in the old city on Sunday evening, police said.";
    expect(meta(text).publishedAt).toBe("2026-04-06");
    expect(datesOf(extract(text), /bomb killed two men/)).toEqual(["2026-04-05"]);
  });
});

describe("a digest's items headed by a short weekday and a day", () => {
  it("dates each item's happening by its head line", () => {
    const text = [
      "THE WEEKLY DIGEST",
      "Issue 12 · Friday 12 June 2026",
      "",
      "IRAQ",
      "",
      "• Basra | Mon 8 June | Source: police statement",
      "Police arrested a man they described as a smuggler in Zubair.",
      "",
      "• Mosul | Wed 10 June | Source: local officials",
      "A convoy carrying 90 families left the camp for the city.",
    ].join("\n");
    const doc = extract(text);
    expect(datesOf(doc, /arrested a man/)).toEqual(["2026-06-08"]);
    expect(datesOf(doc, /convoy carrying 90 families/)).toEqual(["2026-06-10"]);
  });
});

describe("a declaration with its object is a happening", () => {
  it("dates a defeat declared in a clause after the story's sentence", () => {
    const text =
      "date 2026-03-10\nThe farms along the river have long hidden armed cells, even after the government declared the group's defeat in July 2019.";
    expect(datesOf(extract(text), /declared the group's defeat/)).toEqual(["2019-07"]);
  });

  it("does not take a statement with a reported clause for a happening", () => {
    const text = "date 2026-03-10\nThe ministry announced in July 2019 that the border would stay closed.";
    expect(datesOf(extract(text), /announced/)).toEqual([]);
  });
});

describe("a date before a contrasting clause stays in its own clause", () => {
  it("dates the first clause's happening and not the second's", () => {
    const text =
      "date 2026-03-10\nThe militia announced its dissolution in April 2025, but officials have said that its units must still hand over their arms.";
    const doc = extract(text);
    expect(datesOf(doc, /announced its dissolution/)).toEqual(["2025-04"]);
    expect(datesOf(doc, /hand over their arms/)).not.toContain("2025-04");
  });
});

describe("a happening whose actor is told by a pronoun or 'the group'", () => {
  const entitiesOf = (doc: ReturnType<typeof extract>, words: RegExp) => {
    const names = new Map(doc.entities.map((e) => [e.id, e.name]));
    return dated(doc)
      .filter((f) => words.test(f.text))
      .flatMap((f) => f.entities.map((id) => names.get(id)));
  };

  it("names the group and the town the sentence before named", () => {
    const doc = extract(
      "date 2026-02-17\nThe clip was first posted in May 2015, when Islamic State captured Palmyra. It circulated again in March 2017, when the group retook the town.",
    );
    expect(entitiesOf(doc, /retook the town/)).toEqual(expect.arrayContaining(["Islamic State", "Palmyra"]));
  });

  it("takes the acting body, not one named in a phrase of another", () => {
    const doc = extract(
      "date 2026-11-04\nThe Syrian Democratic Forces, backed by the air power of the US-led coalition, took the city street by street. By the time they declared victory in October 2017, most of it lay in ruins.",
    );
    const names = entitiesOf(doc, /declared victory/);
    expect(names).toContain("Syrian Democratic Forces");
    expect(names).not.toContain("Global Coalition to Defeat ISIS");
  });

  it("leaves a follow-on counted from the day before without an actor of its own", () => {
    const doc = extract(
      "date 2025-09-24\nOn the morning of 16 March, Saleh al-Hamad drove a pickup towards the village of Kawm. He was found two days later beside the burned vehicle.",
    );
    expect(entitiesOf(doc, /was found two days later/)).not.toContain("Saleh al-Hamad");
  });
});

describe("a feature's flashback dates its bare months by the year it tells", () => {
  it("puts 'in August' in the year the paragraph's last dated sentence told", () => {
    const doc = extract(
      "date 2026-11-04\nThe siege of the old town began in June 2016. Her brother did not see the end. He was killed by a shell in August, near the mosque.",
    );
    expect(datesOf(doc, /killed by a shell/)).toEqual(["2016-08"]);
  });

  it("keeps a bare month of the present after a year named only as an aside", () => {
    const doc = extract(
      "date 2026-11-04\nThe camp holds 9,000 people, down from 60,000 at its peak in 2019. The last convoy left in mid-October.",
    );
    expect(datesOf(doc, /last convoy left/)).toEqual(["2026-10"]);
  });

  it("dates 'the following spring' a year after the season last named", () => {
    const doc = extract(
      "date 2026-11-04\nIn the summer of 2014 the fighters took the town.\n\nHer husband was arrested by the group's police the following spring.",
    );
    expect(datesOf(doc, /husband was arrested/)).toEqual(["2015-03/2015-05"]);
  });
});

describe("a relative clause after a facility tells of that facility", () => {
  it("names the crossing that reopened", () => {
    const doc = extract(
      "date 2025-11-18\nThe al-Qaim crossing, which reopened in September 2019 after years of closure, handles around 300 trucks a day.",
    );
    const names = new Map(doc.entities.map((e) => [e.id, e.name]));
    const reopened = dated(doc).filter((f) => /reopened/.test(f.text));
    expect(reopened.map((f) => f.date?.value)).toEqual(["2019-09"]);
    expect(reopened.flatMap((f) => f.entities.map((id) => names.get(id)))).toContain(
      "Al-Qaim border crossing",
    );
  });
});

describe("a 'when' clause set right after a date", () => {
  it("is the happening of that date", () => {
    const doc = extract(
      "date 2025-09-02\nThe commander told reporters the men had guarded the bridge since December, when the new authorities took over the district.",
    );
    expect(datesOf(doc, /new authorities took over/)).toEqual(["2024-12"]);
  });
});
