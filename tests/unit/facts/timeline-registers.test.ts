import { describe, expect, it } from "vitest";
import { findDates } from "../../../src/core/facts/events/dates.js";
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

describe("days, nights, weekends and seasons against the reference date", () => {
  const values = (text: string, published: string | null) =>
    findDates(text, published).map((d) => [d.text, d.value]);

  it("keeps a night across two days, a weekend and a season as intervals", () => {
    expect(values("the fire broke out on the night of 9 to 10 April", "2026-05-02")).toEqual([
      ["on the night of 9 to 10 April", "2026-04-09/2026-04-10"],
    ]);
    expect(values("two guards deserted over the weekend of 28 February and 1 March", "2026-03-04")).toEqual([
      ["over the weekend of 28 February and 1 March", "2026-02-28/2026-03-01"],
    ]);
    expect(values("the wells dried up this summer", "2026-10-01")).toEqual([
      ["this summer", "2026-06/2026-08"],
    ]);
    // A summer not yet begun by the reference is last year's.
    expect(values("a deal signed in the summer", "2026-04-01")).toEqual([
      ["in the summer", "2025-06/2025-08"],
    ]);
    expect(values("in the winter of 2024", null)).toEqual([["in the winter of 2024", "2024-12/2024-02"]]);
    expect(values("after the fall of the town", "2026-04-01")).toEqual([]);
  });

  it("reads 'Thursday last week' as that day of the week before the reference's", () => {
    // 2026-05-13 is a Wednesday; the week before runs from Monday 4 May.
    expect(values("the convoy left on Thursday last week", "2026-05-13")).toEqual([
      ["on Thursday last week", "2026-05-07"],
    ]);
  });

  it("counts 'two days later' from a run of days, and 'hours later' from the day", () => {
    const doc = extract(
      "Rebels held the pass on the night of 3 to 4 June. Two days later the army recaptured the pass near the dam.",
      "2026-06-20",
    );
    expect(dateOf(doc, /recaptured/)).toBe("2026-06-05/2026-06-06");
    const hours = extract(
      "Gunmen attacked a police post in Tikrit on Friday night. Hours later, police arrested two suspects near the town.",
      "2026-06-20",
    );
    expect(dateOf(hours, /arrested/)).toBe("2026-06-19");
  });

  it("dates 'late that month' by the month last named", () => {
    const doc = extract(
      "Fighting spread along the river in early May. Late that month, the two governors signed an agreement in Basra to reopen the bridge.",
      "2026-09-10",
    );
    expect(dateOf(doc, /signed an agreement/)).toBe("2026-05");
  });

  it("dates an undated follow-on by the month its sentence or the one before named, not the publication's", () => {
    const doc = extract(
      "In February the ministry flew home three men from the camp, and all three were arrested at the airport on landing. Today the ministry said it would do more.",
      "2026-06-10",
    );
    expect(dateOf(doc, /arrested/)).toBe("2026-02");
  });
});

describe("live pages and statements", () => {
  const live = [
    "LIVE | Floods in the valley",
    "",
    "Valley News · Live page · Started 3 May 2026, 21:10 · Last updated 4 May 2026, 10:30",
    "",
    "10:30",
    "Rescuers said a second bridge collapsed at about 6:15 this morning near the mill.",
    "",
    "08:05",
    "The mayor says gunmen attacked a patrol on the bridge shortly after 11pm.",
    "",
    "00:20",
    "Police arrested two looters at the school.",
    "",
    "23:40",
    "Police closed the river road.",
    "",
    "21:10",
    "Heavy rain is falling on the valley.",
  ].join("\n");

  it("dates newest-first entries across midnight, and an evening told in a morning entry, by their day", () => {
    const doc = extract(live);
    expect(doc.article.publishedAt).toBe("2026-05-04");
    expect(dateOf(doc, /arrested two looters/)).toBe("2026-05-04");
    expect(dateOf(doc, /closed the river road/)).toBe("2026-05-03");
    expect(dateOf(doc, /attacked a patrol/)).toBe("2026-05-03");
  });

  it("keeps a clock time inside its clause", () => {
    const doc = extract(live);
    const collapse = dated(doc).find((f) => /second bridge collapsed/.test(f.text));
    expect(collapse?.text).toMatch(/6:15 this morning/);
  });

  it("dates what a dated announcement announces by the announcement", () => {
    const doc = extract(
      "Background: the militia announced in March 2025 that it was disbanding its units in the north, and its last fighters left Mosul in June 2025.",
      "2026-05-04",
    );
    expect(dateOf(doc, /disbanding/)).toBe("2025-03");
  });
});

describe("happenings the earlier registers did not tell", () => {
  it("keeps a hearing adjourned or postponed as an entry of the day it was put off", () => {
    const doc = extract(
      "The trial of the four men opened on Monday but was adjourned for a week. Another hearing was postponed to 9 July at the request of the defence.",
      "2026-06-04",
    );
    expect(dateOf(doc, /adjourned/)).toBe("2026-06-01");
    const postponed = doc.facts.find((f) => /postponed/.test(f.text));
    expect(postponed?.kind).toBe("countermeasure");
    expect(postponed?.date?.value).not.toBe("2025-07-09");
  });

  it("reads a site handed over, or taken over, as a handover", () => {
    const doc = extract(
      "On 2 March the militia handed the airport over to the army. On 5 March the police took over the prison in the city centre.",
      "2026-03-20",
    );
    expect(dateOf(doc, /handed the airport over/)).toBe("2026-03-02");
    expect(dateOf(doc, /took over the prison/)).toBe("2026-03-05");
  });

  it("reads a death as an event of its day, not a figure of speech", () => {
    const doc = extract(
      "A nurse from the clinic died on the night of 6 to 7 May after the shelling. The protests died down by June.",
      "2026-06-20",
    );
    expect(dateOf(doc, /nurse/)).toBe("2026-05-06/2026-05-07");
    expect(dated(doc).some((f) => /died down/.test(f.text))).toBe(false);
  });
});

describe("one event, one entry", () => {
  it("merges a happening told at a coarser date and again at a finer one, tied by a party both name", () => {
    const doc = extract(
      "The Islamic State group overran Sinjar eleven years ago. In August 2014, the Islamic State group overran Sinjar and its villages.",
      "2025-10-01",
    );
    const overran = dated(doc).filter((f) => /overran/.test(f.text));
    expect(overran).toHaveLength(1);
    expect(overran[0]?.date?.value).toBe("2014-08");
  });

  it("keeps two happenings of one year apart when nothing ties them", () => {
    const doc = extract(
      "Gunmen attacked a checkpoint near Tikrit in 2019. In March 2019, gunmen attacked a convoy near Hit.",
      "2025-10-01",
    );
    expect(dated(doc).filter((f) => /attacked/.test(f.text))).toHaveLength(2);
  });

  it("dates a trigger by its own words, not by a relative clause after it", () => {
    const doc = extract(
      "A court in Erbil on Tuesday sentenced to life a smuggler who was arrested near Zakho in 2021.",
      "2026-03-05",
    );
    expect(dateOf(doc, /sentenced/)).toBe("2026-03-03");
  });
});
