import { describe, expect, it } from "vitest";
import { dated, datesOf, extract, meta } from "./helpers.js";

/**
 * Timeline rules found by classifying the misses of the ninth held-out set by cause (header
 * dates of reports and translations, retold developments, relative years, shared dates of
 * coordinated clauses, happenings no rule named). Sentences written for these tests.
 */

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

describe("a list of developments led by their days", () => {
  const report = (lines: string) =>
    `Date of issue: 20 May 2026\n\nSUMMARY\n\nThe camp holds about 9,000 people.\n\nDEVELOPMENTS\n\n${lines}`;

  it("dates what an entry reports by the day leading it, not by a day it refers back to", () => {
    const doc = extract(
      report(
        "13 May – The health office began a polio vaccination campaign after a case was confirmed in the convoy of 9 May.",
      ),
    );
    expect(datesOf(doc, /polio vaccination/)).toEqual(["2026-05-13"]);
  });

  it("takes a happening no rule names from an entry whose day stands before the dash", () => {
    const doc = extract(report("15 May – 52 families (190 individuals) departed for Ramadi and Fallujah."));
    expect(datesOf(doc, /departed for Ramadi/)).toEqual(["2026-05-15"]);
  });

  it("folds a summary line and the entry that names the same happening in the same words", () => {
    const text =
      "Date of issue: 20 May 2026\n\nHIGHLIGHTS\n\n• A polio vaccination campaign started on 13 May.\n\nDEVELOPMENTS\n\n13 May – The health office began a polio vaccination campaign in all sectors.";
    expect(datesOf(extract(text), /vaccination campaign/)).toEqual(["2026-05-13"]);
  });
});

describe("years counted from the year the narrative last named", () => {
  it("counts 'two years later' from the last year named, to the year only", () => {
    const text =
      "Published Monday 1 December 2025\n\nIn May 2009 he was elected head of the council. Two years later he survived an ambush on the road to Hit that killed three of his guards.";
    expect(datesOf(extract(text), /survived an ambush/)).toEqual(["2011"]);
  });

  it("counts 'a year after' back from the season it is set after, for the clause it introduces", () => {
    const text =
      "Published Monday 1 December 2025\n\nShe said she had been sold in the autumn of 2016, a year after IS fighters overran the town and killed dozens of its men.";
    expect(datesOf(extract(text), /overran the town/)).toContain("2015-09/2015-11");
  });

  it("does not count 'years after' a happening the sentence does not date", () => {
    const text =
      "Published Monday 1 December 2025\n\nIn 2019 the camp held 70,000 people. Two years after the fall of the town, gunmen attacked a school.";
    expect(datesOf(extract(text), /attacked a school/)).not.toContain("2021");
  });
});

describe("two measures in one sentence", () => {
  const text =
    "Amman, Tuesday 9 June 2026\n\nIn a sweep of the valley on Sunday, the army engineers found and dismantled three mines laid on the supply road, and seized four rifles, a radio and two motorcycles, which were handed to the police.";

  it("prints the clause that holds the short phrase, on the day the fronted phrase gives", () => {
    const doc = extract(text);
    expect(datesOf(doc, /dismantled three mines/)).toEqual(["2026-06-07"]);
  });

  it("keeps the seizure told with its own words after the first measure as a dated entry of its own", () => {
    const doc = extract(text);
    expect(datesOf(doc, /seized four rifles/)).toEqual(["2026-06-07"]);
  });
});

describe("happenings no rule named before", () => {
  it("extends a measure's place over a second named place joined by 'and the'", () => {
    const text =
      "Homs, Tuesday 9 June 2026\n\nPolice said troops had launched a sweep of the area around the pumping station and the nearby Shaer gas field on Monday afternoon.";
    const entry = dated(extract(text)).find((f) => /sweep/.test(f.text));
    expect(entry?.text).toContain("Shaer gas field");
  });

  it("dates a vote told after the session's day, not by a background day named in between", () => {
    const text =
      "Baghdad, Thursday 10 September 2026\n\nThe provincial council met on Tuesday to discuss the new prison. A convoy had crossed at Rabia on the night of 28 August. Several members asked about its escort. At the end of the session, the council voted by 21 votes to 9 to send a delegation to the prison.";
    expect(datesOf(extract(text), /voted by 21 votes/)).toEqual(["2026-09"]);
  });

  it("dates measures approved in the line that opens their list", () => {
    const text =
      "Amman, Sunday 7 June 2026\n\nThe Minister of Interior has approved the following measures, which take effect from today:\n1. Closing the Ruwaished road at night.";
    expect(datesOf(extract(text), /approved the following measures/)).toEqual(["2026-06-07"]);
  });

  it("puts a birth in a profile on its timeline with its season", () => {
    const text =
      "Published Monday 1 December 2025\n\nBorn in the spring of 1952 in Rawa, a town on the Euphrates, he was the eldest son of a teacher.";
    expect(datesOf(extract(text), /Born in the spring/)).toEqual(["1952-03/1952-05"]);
  });
});

describe("well-known events named as time references", () => {
  it("puts a well-known event named in a 'when' clause on the timeline at its known date", () => {
    const text =
      "Published 2 March 2026\n\nNobody expects a return to the summer of 2014, when the fall of Mosul shocked the region.";
    const doc = extract(text);
    const entry = dated(doc).find((f) => /fall of Mosul/.test(f.text));
    expect(entry?.date?.value).toBe("2014-06-10");
  });

  it("adds no second entry when a rule already tells the named event", () => {
    const text =
      "Published 2 March 2026\n\nThe fall of Assad on 8 December 2024 changed the border. Days after the fall of Assad, the army left its posts.";
    const doc = extract(text);
    expect(
      dated(doc).filter((f) => /fall of Assad/.test(f.text) && f.date?.value === "2024-12-08"),
    ).toHaveLength(1);
  });
});

describe("happenings in coordinated and relative clauses", () => {
  it("reads a predicate joined by 'and' with a year of its own", () => {
    const text =
      "Published Monday 1 December 2025\n\nShe trained as a nurse in Mosul, worked for the Red Crescent, and moved back to Tal Afar in 1997 to open a clinic.";
    expect(datesOf(extract(text), /moved back to Tal Afar/)).toEqual(["1997"]);
  });

  it("reads a relative clause's happening before a measure of the same month", () => {
    const text =
      "Published Monday 1 December 2025\n\nIn March 2007 he was one of the elders who signed the Ramadi pact, and his sons guarded checkpoints on the highway.";
    const doc = extract(text);
    expect(datesOf(doc, /signed the Ramadi pact/)).toEqual(["2007-03"]);
    expect(datesOf(doc, /guarded checkpoints/)).toEqual(["2007-03"]);
  });
});

describe("court days, received threats and governing accords", () => {
  it("dates a trial's opening day given in apposition", () => {
    const text =
      "Thursday, 20 November 2025\n\nThe prosecutor told the court on the trial's opening day, 14 October, that more cases would follow.";
    expect(datesOf(extract(text), /opening day/)).toEqual(["2025-10-14"]);
  });

  it("puts a threat someone received on the timeline as a happening", () => {
    const text =
      "Published Wednesday 15 July 2026\n\nRelatives said the teacher had received a threat in a text message in June, accusing him of spying.";
    expect(datesOf(extract(text), /received a threat/)).toEqual(["2026-06"]);
  });

  it("cites an accord after 'under' with the clause it governs", () => {
    const text =
      "Baghdad, Wednesday 9 September 2026\n\nThe mission of the foreign trainers is due to end this month under the 2023 agreement.";
    const entry = dated(extract(text)).find((f) => /agreement/.test(f.text));
    expect(entry?.text).toContain("mission of the foreign trainers");
    expect(entry?.date?.value).toBe("2023");
  });
});

describe("two dated happenings in one clause", () => {
  it("cuts the clause at 'a year after' so each happening keeps its own date", () => {
    const text =
      "Published Monday 1 December 2025\n\nShe said she had been sold in the autumn of 2016, a year after IS fighters overran the town and killed dozens of its men.";
    const doc = extract(text);
    expect(datesOf(doc, /had been sold/)).toEqual(["2016-09/2016-11"]);
    expect(datesOf(doc, /overran the town/)).toEqual(["2015-09/2015-11"]);
  });
});
