import { describe, expect, it } from "vitest";
import { findDates } from "../../../src/core/facts/events/dates.js";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

const values = (text: string, pub: string | null = "2026-06-06") => findDates(text, pub).map((d) => d.value);

describe("days told as they are spoken", () => {
  it("reads a spelled-out ordinal day with its month and year", () => {
    expect(values("It was the sixth of August 2014, in the evening.")).toEqual(["2014-08-06"]);
    expect(values("We met on the twenty-first of May.", "2026-06-06")).toEqual(["2026-05-21"]);
  });

  it("leaves a lower-case month word alone", () => {
    expect(values("the second of may we go")).toEqual([]);
  });

  it("reads a weekday within the week counted back", () => {
    // 6 June 2026 is a Saturday: three weeks back is Saturday 16 May.
    expect(values("Three weeks ago, on a Saturday night, men fired at the checkpoint.")).toEqual([
      "2026-05-16",
    ]);
    expect(values("Two weeks ago on Friday the road was cut.")).toEqual(["2026-05-22"]);
    expect(values("Three weeks ago the road was cut.")).toEqual(["2026-05-13/2026-05-19"]);
  });
});

describe("an interview's recording day and a form's submission day", () => {
  const text = (head: string) =>
    `${head}\n\n[00:05:27] MATTI: Three weeks ago, on a Saturday night, gunmen attacked the checkpoint at the entrance of the town and wounded a guard.\n`;

  it("counts a speaker's 'ago' from the labelled recording day", () => {
    const doc = extractFacts({
      id: "t",
      title: "",
      text: text(
        "ORAL HISTORY\nRecorded: Saturday 6 June 2026, in the narrator's home\nTranscript released: Monday 21 September 2026",
      ),
    });
    expect(doc.article.publishedAt).toBe("2026-09-21");
    expect(doc.facts.filter((f) => f.kind === "event").map((f) => f.date?.value)).toContain("2026-05-16");
  });

  it("dates a claim form by its date of submission, not of the incident", () => {
    const doc = extractFacts({
      id: "t",
      title: "",
      text: "CLAIM FORM\nDate of submission: Tuesday 3 February 2026\nDate of incident: 31/01/2026\n\nA bomb went off beside our car on the Saturday.\n",
    });
    expect(doc.article.publishedAt).toBe("2026-02-03");
  });
});

describe("a lack told in the subject is no negation", () => {
  const modalities = (text: string) =>
    extractFacts({ id: "t", title: "", text, publishedAt: "2026-06-06" })
      .facts.filter((f) => f.kind === "event")
      .map((f) => f.modality);

  it("asserts shooting by men in a car without plates", () => {
    expect(modalities("Men in a car without plates fired at the checkpoint on Saturday.")).toContain(
      "asserted",
    );
  });

  it("still negates an act inside the without-phrase", () => {
    expect(modalities("Gunmen crossed the border without being attacked on Saturday.")).toEqual(["negated"]);
  });
});

describe("a sentence that gives only a 24-hour clock time", () => {
  it("is of the day the sentence before named", () => {
    const doc = extractFacts({
      id: "t",
      title: "",
      text: "On Saturday our driver was returning from Hasakah. At about 15:40, an improvised explosive device went off beside the road.",
      publishedAt: "2026-02-03",
    });
    const bomb = doc.facts.find((f) => f.kind === "event" && f.text.includes("explosive"));
    expect(bomb?.date?.value).toBe("2026-01-31");
  });
});
