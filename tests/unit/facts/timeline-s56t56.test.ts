import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

/**
 * Session 56 (t56), on invented texts: the timeline's dates. A filled-in document's stamp of the
 * day it was handed in ("Report submitted Monday 14 September 2026", "Form completed …") is the
 * day its own "Saturday night" and "3 February" count from; a sentence of its text that tells
 * something completed on a day is no stamp.
 */
const doc = (text: string) => extractFacts({ id: "t", title: "", text });
const dated = (text: string, words: RegExp) =>
  doc(text).facts.find((f) => f.kind !== "quantity" && words.test(f.text))?.date?.value;

describe("a document's stamp of the day it was handed in", () => {
  const form = (stamp: string) =>
    `RIVERSIDE COLLEGE · FIELD OFFICE\nTravel Risk Review (staff travel)\n${stamp}\nApplicant: Dr Jane Roe\n\n1. Recent incidents\nOn Saturday night a bomb exploded under a police car in Tikrit. The attack on the checkpoint at Tuz on 3 February was not claimed.`;
  it("dates the document: a form completed on a day", () => {
    expect(doc(form("Form completed Monday 19 October 2026")).article.publishedAt).toBe("2026-10-19");
    expect(dated(form("Form completed Monday 19 October 2026"), /bomb exploded/)).toBe("2026-10-17");
  });
  it("dates the document: a report submitted on a day, and its yearless days take its year", () => {
    const text = form("Referee report submitted Monday 14 September 2026");
    expect(doc(text).article.publishedAt).toBe("2026-09-14");
    expect(dated(text, /checkpoint at Tuz/)).toBe("2026-02-03");
  });
  it("is no stamp when the verb is the text's", () => {
    const text = form("The survey completed Monday 19 October 2026 found the wells dry");
    expect(doc(text).article.publishedAt).toBeNull();
    expect(dated(text, /bomb exploded/)).toBeUndefined();
  });
});

describe("a dated happening whose day falls in May", () => {
  const happening = (sentence: string) =>
    doc(`BAGHDAD, 14 June 2026 - ${sentence}`).facts.find((f) => f.kind === "event");
  it("is dated when a time phrase set off by its comma ends with the month", () => {
    expect(
      happening("Late on Friday 8 May, heavy fire hit the orchards east of the town.")?.date?.value,
    ).toBe("2026-05-08");
    expect(happening("The last one, on Friday 8 May, hit an empty shed near the mill.")?.date?.value).toBe(
      "2026-05-08",
    );
  });
  it("leaves the modal alone, and a date inside the subject", () => {
    expect(
      happening("The raiders may have reached the orchards east of the town on Friday."),
    ).toBeUndefined();
    expect(happening("The temperatures on 8 May reached 41 degrees in the town.")).toBeUndefined();
  });
});

describe("a happening told inside a call or a cancellation", () => {
  const first = (sentence: string) =>
    doc(`BAGHDAD, 19 October 2026 - ${sentence}`).facts.find((f) => f.kind !== "quantity" && f.date);
  it("is asserted in a 'who' clause set off by its comma after an appeal", () => {
    const f = first(
      "The guild appealed for the return of the driver Sami Aziz, 41, who was abducted near the mill on Saturday.",
    );
    expect([f?.kind, f?.modality, f?.date?.value]).toEqual(["event", "asserted", "2026-10-17"]);
  });
  it("stays a supposition when the 'who' clause is itself hypothetical", () => {
    const f = first(
      "The guild appealed for the safety of the driver Sami Aziz, who could be abducted near the mill on Saturday.",
    );
    expect(f?.kind).not.toBe("event");
  });
  it("is asserted after a thing 'called off', which is cancelled, not called for", () => {
    const f = first(
      "Saturday's concert was called off an hour before it began after gunmen shot dead a guard at the gate.",
    );
    expect([f?.kind, f?.modality]).toEqual(["event", "asserted"]);
  });
  it("stays a supposition after a call for something", () => {
    const f = first("The mayor called for new attacks on the smugglers' camps on Saturday.");
    expect(f?.kind).not.toBe("event");
  });
});

describe("an attempt to cross or break out stopped, told in the passive", () => {
  const measure = (sentence: string) =>
    doc(`BAGHDAD, 1 July 2026 - ${sentence}`).facts.find((f) => f.kind === "countermeasure");
  it("is a dated measure, however the day is set in", () => {
    expect(
      measure("A second smuggling attempt, on 12 June, was stopped at the same gate.")?.date?.value,
    ).toBe("2026-06-12");
    expect(measure("An escape attempt was stopped at the camp fence on 3 June.")?.date?.value).toBe(
      "2026-06-03",
    );
  });
  it("leaves an attempt at anything else alone", () => {
    expect(measure("The attempt to reach the farm was stopped by the flood on 12 June.")).toBeUndefined();
  });
  it("leaves a count of attempts stopped to date undated: a tally, no one measure", () => {
    expect(
      measure("Forty smuggling attempts have been stopped at the gate since 1 May.")?.date,
    ).toBeUndefined();
  });
});

describe("what an air force struck", () => {
  const strike = (sentence: string) =>
    doc(`BAGHDAD, 22 June 2025 - ${sentence}`).facts.find(
      (f) => f.kind === "event" && f.tags?.includes("airstrike"),
    );
  it("is an air strike of its day, the verb right after the force", () => {
    expect(
      strike("Late on 14 June the Syrian air force bombed a depot east of the river.")?.date?.value,
    ).toBe("2025-06-14");
  });
  it("is none when what hit is something else", () => {
    expect(strike("An air force officer was hurt when a storm hit the base on 14 June.")).toBeUndefined();
  });
});
