import { describe, expect, it } from "vitest";
import { findDates } from "../../../src/core/facts/events/dates.js";
import { datesOf, extract } from "./helpers.js";

/** Dates of set 19's registers (field reports, notices, progress updates), on invented text. */

const values = (text: string, pub: string) => findDates(text, pub).map((d) => d.value);

describe("a weekday told with its day and month", () => {
  it("is that calendar day, not the weekday counted back from publication", () => {
    // 2027-05-14 is a Friday; "Tuesday 4 May" is 2027-05-04, not last Tuesday (the 11th).
    expect(values("The depot was emptied on Tuesday 4 May.", "2027-05-14")).toEqual(["2027-05-04"]);
    expect(values("Convoys stopped on Monday, May 10, after the shelling.", "2027-05-14")).toEqual([
      "2027-05-10",
    ]);
  });

  it("takes the year in which the day falls on that weekday, even ahead of publication", () => {
    // Published Thursday 2027-10-07: "Saturday 16 October" lies ahead (a notice's resumption),
    // and 16 October 2027 is a Saturday, so it is not pushed back to 2026.
    expect(values("Patrols will resume on Saturday 16 October.", "2027-10-07")).toEqual(["2027-10-16"]);
    // Published 2027-01-05: "Friday 25 December" is Christmas 2026 (a Friday), the year before.
    expect(values("The market was shelled on Friday 25 December.", "2027-01-05")).toEqual(["2026-12-25"]);
  });

  it("keeps the nearest year when the weekday fits only a year away (a slip in the weekday)", () => {
    // 4 November 2026 is a Wednesday; a clash told the next day is not 4 November 2025 (a Tuesday).
    expect(values("Guards killed two smugglers on Tuesday, 4 November.", "2026-11-05")).toEqual([
      "2026-11-04",
    ]);
    // Ahead of publication as well: 12 December 2026 is a Saturday, not the Friday of 2025.
    expect(values("The crossing reopens on Friday 12 December.", "2026-12-01")).toEqual(["2026-12-12"]);
  });

  it("is not cut from its weekday at the comma before an attribution", () => {
    // ", 4 November, security officials said": the attribution starts at the second comma.
    const doc = extract(
      "Guards killed two smugglers in a gunfight near the border on Tuesday, 4 November, security officials said.",
      "2026-11-05",
    );
    expect(datesOf(doc, /gunfight/)).toEqual(["2026-11-04"]);
    expect(doc.facts.find((f) => f.kind === "event")?.text).toMatch(/on Tuesday, 4 November$/);
  });

  it("dates the event it tells", () => {
    const doc = extract(
      "All the shells were destroyed in a controlled explosion on Tuesday 4 May near the depot.",
      "2027-05-14",
    );
    expect(datesOf(doc, /controlled explosion/)).toEqual(["2027-05-04"]);
  });
});

describe("'the Nth of last month'", () => {
  it("is that day of the month before the reference, not the month alone", () => {
    expect(values("On the 28th of last month, gunmen burned a lorry.", "2027-03-09")).toEqual(["2027-02-28"]);
    expect(values("on the 3rd of this month", "2027-03-09")).toEqual(["2027-03-03"]);
    // Across the new year.
    expect(values("on the 15th of last month", "2027-01-09")).toEqual(["2026-12-15"]);
  });
});

const labels = (text: string, pub = "2027-05-14") =>
  extract(text, pub)
    .facts.filter((f) => f.kind === "event")
    .map((f) => f.text);

describe("a timeline label is a whole clause from its subject", () => {
  it("starts after a 'that' of speech, not at the listener or the day before it", () => {
    expect(labels("A guard told Reuters that at least 12 inmates escaped from the jail in Tikrit.")).toEqual([
      "at least 12 inmates escaped from the jail in Tikrit",
    ]);
    expect(
      labels("The governor said on Friday that an attack on a police station in the town was repelled."),
    ).toEqual(["an attack on a police station in the town"]);
  });

  it("still hangs a relative 'that' on its noun", () => {
    expect(labels("Police said the lorry that was hit on Monday carried flour.")).toEqual([
      "the lorry that was hit on Monday carried flour",
    ]);
  });

  it("leaves out a subordinator or speech participle opening the sentence", () => {
    expect(labels("Although gunmen attacked the checkpoint on Monday, no one was hurt.")).toEqual([
      "gunmen attacked the checkpoint on Monday",
    ]);
    expect(labels("Saying militants hid in the orchards, the army shelled them on Monday.")).toEqual([
      "the army shelled them on Monday",
    ]);
  });
});

describe("a day and month just ahead of publication", () => {
  it("is the coming day, not the same day almost a year before", () => {
    expect(values("The next hearing is set for 20 June.", "2027-06-08")).toEqual(["2027-06-20"]);
    expect(values("Classes will resume on January 4.", "2026-12-22")).toEqual(["2027-01-04"]);
  });

  it("stays last year's when it lies months ahead", () => {
    expect(values("The bridge was bombed on 20 September.", "2027-06-08")).toEqual(["2026-09-20"]);
  });
});
