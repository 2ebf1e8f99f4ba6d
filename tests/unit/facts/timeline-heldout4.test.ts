import { describe, expect, it } from "vitest";
import { findDates } from "../../../src/core/facts/events/dates.js";
import { segment } from "../../../src/core/facts/text/segment.js";
import { tokenize } from "../../../src/core/facts/text/tokenize.js";
import { extract } from "./helpers.js";

/**
 * Timeline rules from the fourth held-out set: header dates in agency, byline and situation-report
 * forms, days counted from the day last named ("the following day", "came a day after"), and
 * situation reports whose sections are headed by their day. Sentences written for these tests.
 */

const dated = (doc: ReturnType<typeof extract>) =>
  doc.facts.filter((f) => (f.kind === "event" || f.kind === "countermeasure") && f.date);
const dateOf = (doc: ReturnType<typeof extract>, words: RegExp) =>
  dated(doc).find((f) => words.test(f.text))?.date?.value;
const publishedAt = (text: string) => segment(text, tokenize(text)).metadata.publishedAt;

describe("publication dates in header lines", () => {
  it("reads a numeric day-month-year dateline, day first unless it cannot be", () => {
    expect(publishedAt("Raid in Tikrit\n\nTIKRIT — 18-11-2025\n\nPolice raided a house on Monday.")).toBe(
      "2025-11-18",
    );
    expect(findDates("on 03/04/2026 and 11/18/2025", null).map((d) => d.value)).toEqual([
      "2026-04-03",
      "2025-11-18",
    ]);
    expect(findDates("version 1.12.2025.4 of 12-2025", null)).toEqual([]);
  });

  it("reads a byline whose parts are dashes and whose date has no space after the comma", () => {
    const text =
      "Army foils smuggling\n\nBy JT - Apr 02,2026 - Last updated at Apr 02,2026\n\nAMMAN — The army on Wednesday said it had seized 40 kilogrammes of hashish near the border.";
    expect(publishedAt(text)).toBe("2026-04-02");
    expect(dateOf(extract(text), /seized/)).toBe("2026-04-01");
  });

  it("reads a situation report's 'As of' line as its date", () => {
    expect(publishedAt("Flash Update No. 2\nAs of 5 February 2026\n\nThe camp received new tents.")).toBe(
      "2026-02-05",
    );
  });
});

describe("days counted from the day last named", () => {
  it("dates 'the following day' and 'the day before' from the last day named", () => {
    const doc = extract(
      "On Dec. 14, militants attacked a post near Akashat, killing three fighters. Iraqi jets struck a cave complex in Wadi Horan the following day. Police said on Tuesday that they had closed three illegal crossings the day before.",
      "2026-01-20",
    );
    expect(dateOf(doc, /jets struck/)).toBe("2025-12-15");
    expect(dateOf(doc, /closed three/)).toBe("2026-01-19");
  });

  it("counts 'came a day after' back from the day last named, not from a period's start", () => {
    const doc = extract(
      "The army said on Wednesday that it had seized 40 kilogrammes of hashish. Border forces have seized nine million pills since January 1. The operation came a day after a joint security committee met in Amman to discuss cooperation against smuggling.",
      "2026-04-02",
    );
    expect(dateOf(doc, /committee met/)).toBe("2026-03-31");
  });

  it("reads 'for three days after' as a duration, not a day", () => {
    const doc = extract(
      "The last update was issued on 1 February. Water deliveries were suspended for almost three days after trucks were stopped at a checkpoint near the town.",
      "2026-02-05",
    );
    expect(dateOf(doc, /checkpoint/)).not.toBe("2026-02-04");
  });
});

describe("situation reports with sections headed by their day", () => {
  const text = [
    "Flash Update No. 2",
    "As of 5 February 2026",
    "",
    "DEVELOPMENTS",
    "",
    "1 February",
    "• Trucks of the water contractor were stopped at a checkpoint outside the town and turned back.",
    "",
    "Monday, 2 February",
    "• The Humanitarian Coordinator visited the camp and met residents.",
    "• “Families were attacked in their tents,” a resident said.",
    "",
    "FUNDING",
    "",
    "Partners visited the warehouse.",
  ].join("\n");
  const doc = extract(text);

  it("dates what a section reports by its heading's day", () => {
    expect(dateOf(doc, /checkpoint/)).toBe("2026-02-01");
    expect(dateOf(doc, /Coordinator visited/)).toBe("2026-02-02");
  });

  it("does not date a quotation, nor what follows a heading in capitals", () => {
    expect(dateOf(doc, /attacked in their tents/)).not.toBe("2026-02-02");
    expect(dateOf(doc, /warehouse/)).not.toBe("2026-02-02");
  });
});

describe("one timeline entry per measure", () => {
  it("dates a clause's agreement once, not again as the noun phrase inside it", () => {
    const doc = extract(
      "Lebanon and Syria then signed an agreement in Jeddah in March under Saudi mediation to demarcate the border.",
      "2025-12-09",
    );
    expect(dated(doc).filter((f) => /agreement in Jeddah/.test(f.text))).toHaveLength(1);
  });

  it("reads measures counted 'since January 1' as a tally, not a dated measure", () => {
    expect(findDates("since January 1", "2026-04-02").map((d) => d.value)).toEqual(["2026-01-01/2026-04-02"]);
    const doc = extract(
      "According to figures released by the army on Wednesday, border forces have foiled 78 smuggling attempts since January 1.",
      "2026-04-02",
    );
    expect(dateOf(doc, /foiled 78/)).toBeUndefined();
  });
});

describe("event words of aid, handovers, expulsions and aircraft", () => {
  it("reads aid distributed and services interrupted or resumed as events of their day", () => {
    const doc = extract(
      "On 2 February, partners distributed 9,000 bottles of drinking water to households with infants. Water trucking resumed on 3 February. The Red Cross said that water deliveries had been interrupted several times in January.",
      "2026-02-05",
    );
    expect(dateOf(doc, /distributed 9,000 bottles/)).toBe("2026-02-02");
    expect(dateOf(doc, /trucking resumed/)).toBe("2026-02-03");
    expect(dateOf(doc, /interrupted/)).toBe("2026-01");
    const fighting = extract("Fighting resumed on Monday near the dam.", "2026-02-05");
    expect(fighting.facts.filter((f) => f.tags?.includes("humanitarian"))).toEqual([]);
  });

  it("reads the handover of a site, an armed group driven from a stronghold, and F-16s that struck", () => {
    const doc = extract(
      "Yesterday we completed the handover of Mission Support Site Green Village to the Syrian Democratic Forces. Kurdish-led forces drove the Islamic State group from its last stronghold in Baghouz in March 2019. Iraqi F-16s struck a cave complex in Wadi Horan on 15 December.",
      "2026-03-19",
    );
    expect(dateOf(doc, /handover of Mission Support Site/)).toBe("2026-03-18");
    expect(dateOf(doc, /drove the Islamic State group/)).toBe("2019-03");
    expect(dateOf(doc, /F-16s struck/)).toBe("2025-12-15");
  });
});

describe("overnight", () => {
  it("dates what happened overnight in a day's report by that day, not by a reference point", () => {
    const doc = extract(
      "Lebanon's army said on Tuesday that two soldiers were killed in clashes overnight near the border, the deadliest such incident since the two countries agreed in March to demarcate their frontier.",
      "2025-12-09",
    );
    expect(dateOf(doc, /killed in clashes overnight/)).toBe("2025-12-09");
    expect(findDates("overnight to Sunday", "2025-12-09").map((d) => d.value)).not.toContain("2025-12-09");
  });
});
