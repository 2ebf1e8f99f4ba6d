import { describe, expect, it } from "vitest";
import { datesOf, extract, meta } from "./helpers.js";

/** Head lines that date a text without being a dateline (session 34), on texts written for these tests. */

describe("an embargo line dates the release it heads", () => {
  it("'EMBARGOED until <time>, <date>' is the publication", () => {
    const text =
      "NORTHERN OPINION INSTITUTE · NEWS RELEASE\n\nEMBARGOED until 00:01 (Erbil time), Monday 9 March 2026\n\nMore residents feel safe at night\n\nERBIL — Residents of Duhok feel safer than a year ago, the institute said. Gunmen attacked a checkpoint near Zakho on Saturday.";
    expect(meta(text).publishedAt).toBe("2026-03-09");
    expect(datesOf(extract(text), /attacked a checkpoint/)).toEqual(["2026-03-07"]);
  });

  it("'Not for publication before <time> GMT, <date>' is the publication", () => {
    const text =
      "CHARITY BRIEFING\nNot for publication before 06:00 GMT, 12 May 2026\n\nAid workers said the road was closed.";
    expect(meta(text).publishedAt).toBe("2026-05-12");
  });

  it("a head line that only mentions an embargo in a sentence is no date line", () => {
    const text =
      "REGIONAL DESK\nThe embargo on fuel sales imposed on 3 February 2026 was lifted, officials said.\n\nTraders welcomed it.";
    expect(meta(text).publishedAt).toBeNull();
  });
});

describe("a document's finalisation stamp is its publication", () => {
  it("'Report finalised: <date>' outranks the earlier day of the session it records", () => {
    const text =
      "RELIEF NETWORK · SECURITY UNIT\nLESSONS REVIEW: Convoy 7\nReview session held: Wednesday 8 April 2026, Hasakah office\nReport finalised: Monday 13 April 2026\n\n1. Summary\n\nOn Friday 3 April, gunmen stopped a convoy near Shaddadi.";
    expect(meta(text).publishedAt).toBe("2026-04-13");
  });

  it("'Minutes approved <date>' dates the minutes", () => {
    const text = "CAMP COMMITTEE\nMinutes approved 20 May 2026\n\nThe committee met to discuss water supply.";
    expect(meta(text).publishedAt).toBe("2026-05-20");
  });
});

describe("a weekday set after a day in apposition", () => {
  const memoir = (day: string) =>
    `THE WEEKEND REVIEW · BOOKS\nSunday 26 April 2026\n\nWe reached Qayyarah on 25 August 2016. Our foreman had fought oil fires in 1991.\n\nShe was right. ${day} a roadside bomb killed two soldiers near the wells.`;

  it("'On 2 September, a Friday' takes the year of the story in which that day is a Friday", () => {
    expect(datesOf(extract(memoir("On 2 September, a Friday,")), /roadside bomb/)).toEqual(["2016-09-02"]);
  });

  it("'on September 2 (a Friday)' reads the same", () => {
    expect(datesOf(extract(memoir("On September 2 (a Friday)")), /roadside bomb/)).toEqual(["2016-09-02"]);
  });

  it("the weekday is not counted back from the publication", () => {
    const news =
      "Tuesday 15 September 2026\n\nGunmen attacked a checkpoint near Hawija on 11 September, a Friday, police said.";
    expect(datesOf(extract(news), /attacked a checkpoint/)).toEqual(["2026-09-11"]);
  });
});
