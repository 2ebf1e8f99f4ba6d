import { describe, expect, it } from "vitest";
import { findDates } from "../../../src/core/facts/events/dates.js";
import { dated, datesOf, extract } from "./helpers.js";

/**
 * Timeline rules found by classifying the misses of the eleventh held-out set by cause (a
 * chronology under year headings in the historic present, a run of days, ...). Sentences
 * written for these tests.
 */

const found = (text: string, published = "2026-08-16") =>
  findDates(text, published).map((d) => [d.text, d.value]);

describe("runs of days within a month", () => {
  it("reads a month and a run of days as the interval of those days", () => {
    expect(found("Oct 26–27 — a raid")).toEqual([["Oct 26–27", "2025-10-26/2025-10-27"]]);
    expect(found("talks on 3-4 May")).toEqual([["3-4 May", "2026-05-03/2026-05-04"]]);
    expect(found("talks on October 26-27, 2019")).toEqual([["October 26-27, 2019", "2019-10-26/2019-10-27"]]);
  });

  it("keeps the year a night or a weekend is told in, not the year before publication", () => {
    expect(found("on the night of 3-4 May 2019")).toEqual([
      ["on the night of 3-4 May 2019", "2019-05-03/2019-05-04"],
    ]);
    expect(found("over the weekend of 7 and 8 March 2020")).toEqual([
      ["over the weekend of 7 and 8 March 2020", "2020-03-07/2020-03-08"],
    ]);
  });

  it("does not read a backward run as an interval", () => {
    expect(found("pages 27-26 May").map(([, v]) => v)).not.toContain("2026-05-27/2026-05-26");
  });
});

const CHRONOLOGY = [
  "THE AGENCY · BACKGROUNDER",
  "",
  "AMMAN, Aug 16, 2026 (TA) — Here are key dates in the rebellion's history.",
  "",
  "2011",
  "",
  "March 15 — Protesters gather in Daraa after boys are detained for graffiti.",
  "",
  "2013",
  "",
  "Aug 21 — Rockets carrying sarin hit the Ghouta suburbs of Damascus.",
  "",
  "Sept 2 — The opposition coalition announces a new government in exile.",
  "",
  "Nov 12–13 — Rebels storm the airbase at Minnigh in a two-day assault.",
  "",
  "Dec 20 — The council says talks will resume in January.",
  "",
  "ANALYSIS",
  "",
  "The talks resumed in Geneva on May 3, officials said.",
].join("\n");

describe("a chronology under year headings", () => {
  const doc = extract(CHRONOLOGY);

  it("dates each entry in the year of the heading above it", () => {
    expect(datesOf(doc, /sarin hit the Ghouta/)).toEqual(["2013-08-21"]);
  });

  it("takes an entry told in the historic present for its day's happening", () => {
    expect(datesOf(doc, /Protesters gather in Daraa/)).toEqual(["2011-03-15"]);
    expect(datesOf(doc, /announces a new government/)).toEqual(["2013-09-02"]);
  });

  it("dates an entry led by a run of days by the interval", () => {
    expect(datesOf(doc, /Rebels storm the airbase/)).toEqual(["2013-11-12/2013-11-13"]);
  });

  it("does not take an entry that only reports speech for a happening", () => {
    expect(dated(doc).filter((f) => /council says/.test(f.text))).toEqual([]);
  });

  it("ends the heading's year at a heading in capitals", () => {
    expect(datesOf(doc, /talks resumed in Geneva/)).toEqual(["2026-05-03"]);
  });

  it("ends the heading's year at a paragraph that is no entry", () => {
    const text = CHRONOLOGY.replace("ANALYSIS\n\n", "");
    expect(datesOf(extract(text), /talks resumed in Geneva/)).toEqual(["2026-05-03"]);
  });
});

describe("the group's initials", () => {
  it("does not read IS before an attack as the verb 'is' of a standing activity", () => {
    const text =
      "THE AGENCY\n\nAMMAN, Aug 16, 2026 (TA) — Key dates.\n\n2014\n\nAug 3 — IS attacks Sinjar, killing hundreds of Yazidis.";
    const attack = extract(text).facts.find((f) => /IS attacks Sinjar/.test(f.text));
    expect(attack?.kind).toBe("event");
    expect(attack?.date?.value).toBe("2014-08-03");
  });
});

describe("days a court report and a transcript tell", () => {
  it("does not date an adjournment by the day the trial is put off to", () => {
    const text =
      "THE COURIER\n\nThursday 12 February 2026\n\nBAGHDAD — The judge heard a witness on Wednesday. He adjourned the trial until 4 March, when the court will hear a second officer.";
    expect(datesOf(extract(text), /adjourned the trial/)).not.toContain("2025-03-04");
  });

  it("counts 'four days after the ambush' from the ambush's day, not the day named last", () => {
    const text = [
      "THE COURIER",
      "",
      "Thursday 12 February 2026",
      "",
      "BAGHDAD — Gunmen ambushed a patrol and killed four soldiers on 17 October 2025.",
      "",
      "A witness appeared on Wednesday. He said his unit arrested the farmer at his house four days after the ambush.",
    ].join("\n");
    expect(datesOf(extract(text), /arrested the farmer/)).toEqual(["2025-10-21"]);
  });

  it("reads a transcript's broadcast line as its publication date", () => {
    const text =
      "CHANNEL 9 · EVENING NEWS\n\nBroadcast Thursday 19 March 2026, 20:00 Damascus time\n\nANCHOR: Good evening.";
    expect(extract(text).article.publishedAt).toBe("2026-03-19");
  });

  it("takes a find told with 'found' for a happening, but not a survey that 'found that'", () => {
    const text =
      "THE PAPER\n\nThursday 19 March 2026\n\nSecurity forces found a burned-out motorcycle this morning east of the town. A survey published this morning found that most families lack fuel.";
    const doc = extract(text);
    expect(datesOf(doc, /found a burned-out motorcycle/)).toEqual(["2026-03-19"]);
    expect(datesOf(doc, /survey/)).toEqual([]);
  });

  it("does not take the reporter's own interview for a happening", () => {
    const text =
      "THE PAPER\n\nThursday 19 March 2026\n\nREPORTER: I spoke this afternoon to one of the survivors, a man who asked us not to use his name.";
    expect(dated(extract(text))).toEqual([]);
  });
});

describe("a bulletin's items headed by a short weekday and a day", () => {
  const text = [
    "THE CONSULTANCY · CLIENT BULLETIN",
    "",
    "Issued Thursday 5 November 2026",
    "",
    "KIRKUK",
    "",
    "Mon 2 Nov — UNCONFIRMED. Local channels reported that a shepherd was abducted near Dibis.",
    "",
    "Tue 3 Nov — Army aviation struck a hideout in the Hamrin hills, the ministry said.",
    "",
    "Sat 31 Oct — Army units found a weapons cache near Hawija. No arrests.",
  ].join("\n");
  const doc = extract(text);

  it("dates what the item's next sentence tells by the item's day", () => {
    expect(datesOf(doc, /shepherd was abducted/)).toEqual(["2026-11-02"]);
  });

  it("takes the item's clause for its happening when a threat word is only its object", () => {
    expect(
      dated(doc).filter((f) => f.kind === "event" && /aviation struck a hideout/.test(f.text)),
    ).toHaveLength(1);
  });

  it("does not add a happening for an item a measure already tells from its start", () => {
    expect(dated(doc).filter((f) => /found a weapons cache/.test(f.text))).toHaveLength(1);
  });
});

describe("a profile's milestones", () => {
  const text = [
    "THE REVIEW",
    "",
    "Sunday 20 September 2026",
    "",
    "Born in Mayadin, Khalid Hamdan joined the army in 1998. It was in Homs, in the summer of 2012, that he defected, slipping past a checkpoint in Baba Amr at night.",
    "",
    "After the fall of Bashar al-Assad in December 2024, Hamdan drove back to Deir ez-Zor. He was appointed to the Mayadin sector four months later.",
  ].join("\n");
  const doc = extract(text);
  const entry = (words: RegExp) => dated(doc).find((f) => f.kind === "event" && words.test(f.text));
  const names = (words: RegExp) =>
    (entry(words)?.entities ?? []).map((id) => doc.entities.find((e) => e.id === id)?.name);

  it("counts 'four months later' from the month named last", () => {
    expect(entry(/appointed to the Mayadin sector/)?.date?.value).toBe("2025-04");
  });

  it("names the subject of a chapter counted in months by the person the pronoun points to", () => {
    expect(names(/appointed to the Mayadin sector/)).toContain("Khalid Hamdan");
  });

  it("takes the clause's verb for the happening when a measure is only a noun phrase of a thing in it", () => {
    expect(entry(/he defected/)?.date?.value).toBe("2012-06/2012-08");
    expect(names(/he defected/)).toContain("Khalid Hamdan");
  });

  it("does not add a happening for a clause that announces a measure named by a noun of an act", () => {
    const wire =
      "THE WIRE\n\nTuesday 17 March 2026\n\nKIRKUK — On Sunday night the interior ministry had announced the arrest in Baghdad of a man it accused of financing cells in Kirkuk.";
    const entries = dated(extract(wire)).filter((f) => /arrest/.test(f.text));
    expect(entries.map((f) => f.kind)).toEqual(["countermeasure"]);
  });
});

describe("an act a dated statement reports", () => {
  it("dates a present-perfect act with no date of its own by the statement's day", () => {
    const text =
      "THE AGENCY\n\nBEIRUT, Aug 16, 2026 (TA) — The defence ministry has ordered a review of vetting procedures at all military colleges, a ministry official told the agency on Saturday.";
    expect(datesOf(extract(text), /ordered a review/)).toEqual(["2026-08-15"]);
  });
});
