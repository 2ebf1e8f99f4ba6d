import { describe, expect, it } from "vitest";
import { findDates } from "../../../src/core/facts/events/dates.js";
import { datesOf, extract, meta } from "./helpers.js";

/** Registers of set 14 (slides with date-time groups, a translator's note), on invented sentences. */

const values = (text: string, published: string | null) =>
  findDates(text, published).map((d) => [d.text, d.value]);

describe("a military date-time group", () => {
  it("reads day, hour and zone, then month and two-figure year", () => {
    expect(values("• 231845Z MAR 25 – convoy hit by IED", null)).toEqual([["231845Z MAR 25", "2025-03-23"]]);
    expect(values("at 050200D NOV 24", null)).toEqual([["050200D NOV 24", "2024-11-05"]]);
  });

  it("without a year places the month as a year-less day would be", () => {
    expect(values("patrol contact 291130C DEC", "2026-01-04")).toEqual([["291130C DEC", "2025-12-29"]]);
  });

  it("is no group when the hour or the zone letter cannot be one", () => {
    expect(values("ref 082514C SEP 26", null)).toEqual([]);
    expect(values("ref 081400J SEP 26", null)).toEqual([]);
  });

  it("dates the slide bullet it opens", () => {
    const doc = extract(
      "Weekly update\n\n• 151200C OCT 25 – Hawija: an army patrol came under fire from a Daesh cell near the river.\n• 170900C OCT 25 – Hawija: police arrested two suspects at a checkpoint.",
      "2025-10-20",
    );
    expect(datesOf(doc, /came under fire/)).toEqual(["2025-10-15"]);
    expect(datesOf(doc, /arrested two suspects/)).toEqual(["2025-10-17"]);
  });
});

describe("an attack told in the passive", () => {
  const attack = (text: string, words: RegExp) =>
    extract(text, "2025-06-05").facts.find((f) => f.kind === "event" && words.test(f.text));

  it("'was fired upon' is an attack on the subject, classified as one", () => {
    const f = attack(
      "Police said a bus carrying pilgrims was fired upon near the bridge on Tuesday.",
      /fired upon/,
    );
    expect(f?.date?.value).toBe("2025-06-03");
    expect(f?.codes?.acled?.subEventType).toBe("Armed clash");
  });

  it("'were fired at by gunmen' is an attack too", () => {
    const f = attack("Two farmers were fired at by gunmen outside the village on Monday.", /fired at/);
    expect(f?.codes?.acled?.subEventType).toBe("Armed clash");
  });

  it("'was fired on' before a day is a launch dated, not an attack", () => {
    const f = attack("The missile was fired on Tuesday from a launcher near the border.", /fired/);
    expect(f?.codes?.acled?.subEventType).not.toBe("Armed clash");
  });
});

describe("an incident announced as another", () => {
  it("stays apart from an earlier event of the same day with no entity to tell them apart", () => {
    const doc = extract(
      "A wounded guard died in hospital on 3 May.\n\nOn 3 May, a second incident was reported: a delivery van hired by a charity was fired upon on the ring road.",
      "2025-05-05",
    );
    expect(datesOf(doc, /died in hospital/)).toEqual(["2025-05-03"]);
    // The fact is the clause with its subject, not the agent noun before the auxiliary.
    expect(datesOf(doc, /^a delivery van hired by a charity was fired upon/)).toEqual(["2025-05-03"]);
  });
});

describe("publication lines of set 14's registers", () => {
  it("'Briefed: <date>, <place>' dates released slide text", () => {
    const m = meta(
      "SLIDE 1\nPROVINCIAL OPERATIONS CENTRE\nReporting period: 1–7 March 2026\nBriefed: Sunday 8 March 2026, Erbil\n\nSLIDE 2\nActivity was low.",
    );
    expect(m.publishedAt).toBe("2026-03-08");
  });

  it("a translator's note 'posted <weekday> <date>' without 'on' dates the text", () => {
    const m = meta(
      "[Translation desk. Translated from Kurdish; posted Tuesday 10 February 2026. Read at the council hall.]\n\nThe council mourns its member.",
    );
    expect(m.publishedAt).toBe("2026-02-10");
  });
});

describe("a measure told right after a measure dated by its day", () => {
  const text = (gap: string) =>
    `Court of inquiry\nDate: 20/4/2026\n\n1. On 5/3/2026, police arrested the suspect at his farm near Hit.${gap}Three rifles and a radio were seized.\n\n2. The suspect appeared before the court on 16/4/2026.`;

  it("is its sequel on that day, in the same paragraph", () => {
    expect(datesOf(extract(text(" ")), /rifles and a radio were seized/)).toEqual(["2026-03-05"]);
  });

  it("is not, in a paragraph of its own", () => {
    expect(datesOf(extract(text("\n\n")), /rifles and a radio were seized/)).not.toEqual(["2026-03-05"]);
  });
});
