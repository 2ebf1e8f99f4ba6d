import { describe, expect, it } from "vitest";
import { findDates } from "../../../src/core/facts/events/dates.js";
import { segment } from "../../../src/core/facts/text/segment.js";
import { tokenize } from "../../../src/core/facts/text/tokenize.js";
import { extract } from "./helpers.js";

/** Dates in sentences written for these tests, not taken from the corpus. */

const values = (text: string, published: string | null) =>
  findDates(text, published).map((d) => [d.text, d.value]);
const dateOf = (doc: ReturnType<typeof extract>, pattern: RegExp) =>
  doc.facts.find((f) => pattern.test(f.text))?.date?.value;

describe("dates in text nobody tuned to", () => {
  it("reads parts of days with their weekday, the latest such day on or before the reference", () => {
    // 2024-11-20 was a Wednesday.
    expect(values("on Sunday night", "2024-11-20")).toEqual([["on Sunday night", "2024-11-17"]]);
    expect(values("Tuesday morning", "2024-11-20")).toEqual([["Tuesday morning", "2024-11-19"]]);
    expect(values("late Wednesday evening", "2024-11-20")).toEqual([
      ["late Wednesday evening", "2024-11-20"],
    ]);
    expect(values("overnight Saturday", "2024-11-20")).toEqual([["overnight Saturday", "2024-11-16"]]);
  });

  it("keeps periods as periods", () => {
    expect(values("in the first months of 2023", null)).toEqual([
      ["in the first months of 2023", "2023-01/2023-04"],
    ]);
    expect(values("during the first three months of the year", "2023-09-02")).toEqual([
      ["during the first three months of the year", "2023-01/2023-03"],
    ]);
    expect(values("the second half of 2022", null)).toEqual([["the second half of 2022", "2022-07/2022-12"]]);
    expect(values("since 2016", "2023-09-02")).toEqual([["since 2016", "2016/2023"]]);
    expect(values("since May 2021", "2023-09-02")).toEqual([["since May 2021", "2021-05/2023-09"]]);
    expect(values("between 2013 and 2016", null)).toEqual([["between 2013 and 2016", "2013/2016"]]);
    expect(values("late 2022", null)).toEqual([["late 2022", "2022-10/2022-12"]]);
    expect(values("early 2019", null)).toEqual([["early 2019", "2019-01/2019-03"]]);
    expect(values("by the end of 2024", null)).toEqual([["the end of 2024", "2024-10/2024-12"]]);
  });

  it("reads a dateline with no year as metadata and counts weekdays back from its day", () => {
    const text =
      "MOSUL, Oct 14 (Tigris Wire) - Gunmen ambushed a police patrol outside Tal Afar on Saturday night, killing three officers.";
    const { metadata } = segment(text, tokenize(text));
    expect(metadata.source).toBe("Tigris Wire");
    expect(metadata.dateline?.date).toBe("--10-14");
    // Published two days after the dateline: Saturday is still the one before 14 October 2024 (a Monday).
    const doc = extract(text, "2024-10-16");
    const ambush = doc.facts.find((f) => /ambushed/.test(f.text));
    expect(ambush?.text.startsWith("Gunmen ambushed")).toBe(true);
    expect(ambush?.date?.value).toBe("2024-10-12");
  });

  it("reads title-case datelines with an agency", () => {
    const text = "Erbil, 2 June (Kurdish Wire) - Two rockets hit a base near the airport on Sunday morning.";
    const { metadata, sentences } = segment(text, tokenize(text));
    expect(metadata.source).toBe("Kurdish Wire");
    expect(text.slice(sentences[0]?.start, sentences[0]?.end)).toMatch(/^Two rockets/);
  });

  it("dates an event by an explicit day and month, even in an article with no publication date", () => {
    const doc = extract(
      "The army's campaign began in September 2023. On 4 October, soldiers killed six militants near Baiji. Police arrested two suspects on 9 October.",
    );
    expect(dateOf(doc, /killed six militants/)).toBe("2023-10-04");
    expect(dateOf(doc, /arrested two suspects/)).toBe("2023-10-09");
  });

  it("dates what a statement reports by the statement's day when nothing else dates it", () => {
    const doc = extract(
      "The customs authority announced on 12 May that it had confiscated 300 kilograms of hashish.",
      "2024-06-01",
    );
    expect(dateOf(doc, /confiscated/)).toBe("2024-05-12");
  });

  it("keeps the date of a weekday event apart from the day it was reported", () => {
    const doc = extract(
      "Militants shelled a village on Tuesday night, police said on Wednesday.",
      "2024-11-20",
    );
    expect(dateOf(doc, /shelled/)).toBe("2024-11-19");
  });
});

describe("undated events of a dated news story", () => {
  const text =
    'Militants stormed a police station in Baiji on Tuesday night. Officials said six policemen were killed. Police had fought the group in the area for years, and the group has attacked the town since 2019. "We were abandoned," a resident said of the raid.';
  const doc = extract(text, "2024-11-21");

  it("gives a toll told right after its happening to the happening, on its day, not the story's month", () => {
    const attack = doc.facts.find((f) => /stormed a police station/.test(f.text));
    expect(attack?.date?.value).toBe("2024-11-19");
    expect(attack?.outcome?.text).toMatch(/six policemen were killed/);
    expect(
      doc.facts.filter((f) => /six policemen were killed/.test(f.text)).map((f) => f.date?.value),
    ).not.toContain("2024-11");
  });

  it("dates an event told in the past tense in the story's month", () => {
    const story = extract(
      "Militants stormed a police station in Baiji on Tuesday night.\n\nIn a separate incident, gunmen kidnapped a shepherd near Tuz.",
      "2024-11-21",
    );
    expect(dateOf(story, /kidnapped a shepherd/)).toBe("2024-11");
  });

  it("leaves what has gone on over time and what a quotation says undated by the story", () => {
    expect(dateOf(doc, /has attacked/)).not.toBe("2024-11");
    for (const f of doc.facts.filter((x) => /abandoned/.test(x.text))) expect(f.date).toBeUndefined();
  });

  it("does not date a story without weekdays that way", () => {
    const brief = extract("Six policemen were killed in Baiji.", "2024-11-21");
    expect(dateOf(brief, /killed/)).toBeUndefined();
  });
});

describe("named events and periods in one sentence", () => {
  it("dates a named event by its own day, not by the period the sentence is about", () => {
    const doc = extract(
      "After the collapse of the Assad government, border guards intercepted dozens of convoys in the first months of 2025.",
      "2025-06-10",
    );
    expect(dateOf(doc, /^the collapse of the Assad government$/)).toBe("2024-12-08");
    expect(dateOf(doc, /intercepted/)).toBe("2025-01/2025-04");
  });

  it("does not count the months of a period as a quantity", () => {
    const doc = extract(
      "Customs seized 900 kilograms of hashish in the first three months of the year.",
      "2024-06-10",
    );
    expect(doc.facts.filter((f) => f.kind === "quantity").map((f) => f.value)).toEqual([900]);
  });
});
