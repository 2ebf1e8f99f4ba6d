import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { tollOfAnother, withOutcome } from "../../../src/core/facts/timeline.js";
import { datesOf, extract } from "./helpers.js";

/**
 * Session 62 (t62): timeline events the extractor missed in the lowest held-out sets, by the
 * construction that hid them. Sentences written for these tests.
 */

/** The timeline's rows as a briefing prints them: dated events and measures, a toll with its happening. */
const rows = (doc: FactsDocument) =>
  doc.facts
    .filter((f) => (f.kind === "event" || f.kind === "countermeasure") && f.date)
    .filter((f) => !tollOfAnother(f, doc.facts))
    .map((f) => `${withOutcome(f.text, f)} (${f.date?.value})`);

describe("a first telling that carries its toll stays the entry", () => {
  it("keeps the summary's telling with the toll told after it, not the detailed telling with a clock time", () => {
    const doc = extract(
      [
        "PATROL BULLETIN · Issued Thursday 14 May 2026",
        "",
        "SUMMARY",
        "- A roadside bomb struck a police pick-up near Sharqat on Tuesday evening. The pick-up was burned out and its driver was lightly injured.",
        "",
        "INCIDENTS",
        "1. At about 19:40 on Tuesday, a bomb buried in the verge exploded beside a police pick-up near the village of Sharqat, on the road to Baiji.",
      ].join("\n"),
    );
    const printed = rows(doc).filter((r) => /police pick-up/.test(r));
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatch(/its driver was lightly injured.*\(2026-05-12\)$/);
  });

  it("still prints a later telling with figures of its own when the first telling gives no toll", () => {
    const doc = extract(
      [
        "PATROL BULLETIN · Issued Thursday 14 May 2026",
        "",
        "- A roadside bomb struck a police convoy near Sharqat on Tuesday evening.",
        "",
        "1. On Tuesday, a bomb exploded beside the last of 12 police vehicles near the village of Sharqat, on the road to Baiji.",
      ].join("\n"),
    );
    const printed = rows(doc).filter((r) => /Sharqat/.test(r));
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatch(/12 police vehicles.*\(2026-05-12\)$/);
  });
});

describe("a find and what was done with it, told next", () => {
  const find =
    "KIRKUK, 12 May 2026\n\nA police patrol found a roadside bomb on the Hawija road on Sunday morning.";

  it("prints the disposal of the thing found with the find, on the find's day", () => {
    const doc = extract(`${find} Army engineers defused it at 11:20.`);
    const printed = rows(doc).filter((r) => /roadside bomb|defused/.test(r));
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatch(/found a roadside bomb.*Army engineers defused it at 11:20\. \(2026-05-10\)$/);
  });

  it("joins 'The device was made safe' as the thing found pointed back to", () => {
    const doc = extract(`${find} The device was made safe by an engineering unit.`);
    expect(rows(doc).filter((r) => /made safe/.test(r))).toEqual([
      expect.stringMatching(
        /^A police patrol found a roadside bomb.*made safe by an engineering unit\. \(2026-05-10\)$/,
      ),
    ]);
  });

  it("leaves a second device found, a disposal on a day of its own, and a device's purpose apart", () => {
    const second = extract(`${find} A second device was found and defused nearby.`);
    expect(rows(second).some((r) => /Hawija road.*second device/.test(r))).toBe(false);
    const later = extract(`${find} Army engineers defused it on Monday.`);
    expect(rows(later).some((r) => /Hawija road.*defused/.test(r))).toBe(false);
    const purpose = extract(`${find} The bomb was ready to be detonated by phone.`);
    expect(rows(purpose).some((r) => /Hawija road.*detonated/.test(r))).toBe(false);
  });
});

describe("damage told as 'set on fire'", () => {
  const stop =
    "SAMARRA, 12 May 2026\n\nOn Sunday night gunmen stopped a minibus of pilgrims on the road to Samarra.";

  it("joins 'the minibus was set on fire' and the toll after it to the happening", () => {
    const doc = extract(
      `${stop} The passengers were ordered out and the minibus was set on fire. One passenger was wounded in the arm.`,
    );
    const printed = rows(doc).filter((r) => /minibus/.test(r));
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatch(/stopped a minibus.*set on fire.*wounded in the arm\. \(2026-05-10\)$/);
  });

  it("leaves a burning done by someone named apart from the happening before", () => {
    const doc = extract(`${stop} The minibus was set on fire by a second group the next morning.`);
    expect(rows(doc).some((r) => /stopped a minibus.*set on fire/.test(r))).toBe(false);
  });
});

describe("a measure's second predicate after 'and had'", () => {
  it("prints 'had arrested … and had found …' as one entry", () => {
    const doc = extract(
      "TIKRIT, 14 March 2026\n\nThe police chief said his officers had arrested three men on Wednesday in a raid on an orchard near Dour and had found two rifles and a list of names.",
    );
    expect(rows(doc).filter((r) => /arrested three men|found two rifles/.test(r))).toEqual([
      expect.stringMatching(
        /^his officers had arrested three men.*and had found two rifles and a list of names \(2026-03-11\)$/,
      ),
    ]);
  });

  it("keeps a second measure on a day of its own apart", () => {
    const day = extract(
      "TIKRIT, 14 March 2026\n\nThe police chief said his officers had arrested three men on Wednesday near Dour and had found two rifles on Thursday.",
    );
    expect(rows(day).some((r) => /arrested three men.*found two rifles/.test(r))).toBe(false);
  });
});

describe("a pluperfect deed 'the day before'", () => {
  const story =
    "SINJAR, 20 May 2026\n\nOn Tuesday 12 May, gunmen ambushed a supply convoy near Sinuni and abducted two drivers. The drivers were released on Thursday near Snuny.";

  it("counts back from the attack the story tells, not from the last day named", () => {
    const doc = extract(
      `${story} The convoy had used the northern road, which the army had cleared of mines the day before.`,
    );
    expect(datesOf(doc, /cleared of mines/)).toEqual(["2026-05-11"]);
  });

  it("counts a simple past 'the day before' from the last day named", () => {
    const doc = extract(`${story} The army cleared the northern road of mines the day before.`);
    expect(datesOf(doc, /cleared the northern road/)).toEqual(["2026-05-13"]);
  });
});
