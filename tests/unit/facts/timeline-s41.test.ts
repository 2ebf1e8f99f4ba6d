import { describe, expect, it } from "vitest";
import { datesOf, extract } from "./helpers.js";

/** Timeline rows of session 41, on texts written for these tests. */

describe("'the same night' is a night the story told, not the day a statement was made", () => {
  it("'said on Friday … that its forces had arrested, the same night, a man' dates the arrest to the night of the blast", () => {
    const doc = extract(
      "Late on Thursday night a bomb exploded beside the bus station in Raqqa. The police said on Friday that its officers had arrested, the same night, a man who had rented the car.",
      "2026-03-22",
    );
    expect(datesOf(doc, /bomb exploded/)).toEqual(["2026-03-19"]);
    expect(datesOf(doc, /arrested, the same night/)).toEqual(["2026-03-19"]);
  });

  it("'said on Friday that … had been killed in a pursuit that morning' stays the day of the statement", () => {
    const doc = extract(
      "Late on Thursday night gunmen attacked a checkpoint near Hajin. The SDF said on Friday that two of the attackers had been killed in a pursuit that morning.",
      "2026-03-22",
    );
    expect(datesOf(doc, /killed in a pursuit/)).toEqual(["2026-03-20"]);
  });

  it("'the same day' after a day its own sentence names is that day", () => {
    const doc = extract(
      "The army said on Saturday that gunmen had attacked a post near Tikrit on Wednesday and that a soldier had died of his wounds the same day.",
      "2026-03-22",
    );
    expect(datesOf(doc, /died of his wounds/)).toEqual(["2026-03-18"]);
  });
});

describe("'the night of <weekday> <day> <month>' is that date, not the weekday counted back", () => {
  it("'On the night of Tuesday 21 April, …' in a paper of Tuesday 28 April is the 21st, and the toll after it is its toll", () => {
    const doc = extract(
      "NEWSLETTER\n\nOn the night of Tuesday 21 April, a police post on the edge of the village of Tel Ward was attacked from the hills. Two policemen were killed.",
      "2026-04-28",
    );
    expect(datesOf(doc, /was attacked/)).toEqual(["2026-04-21"]);
    expect(datesOf(doc, /policemen were killed/).every((d) => d === "2026-04-21")).toBe(true);
  });

  it("'the morning of Wednesday 1 April 2026' is the 1st, not the last Wednesday before publication", () => {
    const doc = extract(
      "NOTICE\n\nOn the morning of Wednesday 1 April 2026, a checkpoint near Baiji was attacked. Two soldiers were killed.",
      "2026-04-28",
    );
    expect(datesOf(doc, /was attacked/)).toEqual(["2026-04-01"]);
    expect(datesOf(doc, /soldiers were killed/).every((d) => d === "2026-04-01")).toBe(true);
  });
});
