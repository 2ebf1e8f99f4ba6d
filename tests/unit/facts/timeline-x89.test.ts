import { describe, expect, it } from "vitest";
import { dated, datesOf, extract } from "./helpers.js";

/**
 * Helper x89: timeline readings found on blind text. Sentences written for these tests.
 */

describe("a report's second that-clause joined by 'and that' without a comma", () => {
  const text =
    "HOMS, 9 March 2027 — On Sunday the provincial police said three men had been detained in the Waer district and that one of them had driven a taxi in the town until October.";

  it("dates the detention by the report's day, not by the end of a state told in the second clause", () => {
    const doc = extract(text);
    expect(datesOf(doc, /three men had been detained/)).toEqual(["2027-03-07"]);
    expect(dated(doc).some((f) => f.date?.text === "until October")).toBe(false);
  });

  it("keeps a date a second clause gives a happening of its own ('in February' is no state's end)", () => {
    const doc = extract(
      "HOMS, 9 March 2027 — On Sunday the provincial police said three men had been detained in the Waer district and that a fourth man was arrested in Talkalakh in February.",
    );
    expect(dated(doc).some((f) => f.date?.value === "2027-02")).toBe(true);
  });

  it("leaves 'and that' without a verb of saying before it alone", () => {
    const doc = extract(
      "HOMS, 9 March 2027 — Gunmen burned the clinic and that school in the Waer district on Sunday.",
    );
    expect(datesOf(doc, /burned the clinic and that school/)).toEqual(["2027-03-07"]);
  });
});

describe("a happening told inside another's clause, then told again with its toll", () => {
  it("prints the next sentence's telling, on the same day, with the toll", () => {
    const doc = extract(
      "DUHOK, 20 April 2027 — The school trip to Lalish, planned for Thursday morning, has been cancelled after a roadside bomb exploded on the Duhok–Zakho road near the Faida checkpoint shortly before the pupils' coach arrived.\n\nThe bomb went off at about 08:10 on Thursday beside an army truck, wounding three soldiers of the border brigade.",
    );
    expect(datesOf(doc, /wounding three soldiers/)).toEqual(["2027-04-15"]);
    expect(datesOf(doc, /^The school trip.*roadside bomb/).every((d) => d === undefined)).toBe(true);
    expect(dated(doc).filter((f) => f.kind === "event" && /bomb/i.test(f.text))).toHaveLength(1);
  });

  it("leaves a later sentence of another day, or with no toll, to the first telling", () => {
    const doc = extract(
      "DUHOK, 20 April 2027 — The school trip to Lalish, planned for Thursday morning, has been cancelled after a roadside bomb exploded on the Duhok–Zakho road near the Faida checkpoint shortly before the pupils' coach arrived.\n\nThe bomb went off at about 08:10 on Thursday beside an army truck parked at the roadside.",
    );
    expect(datesOf(doc, /army truck parked/)).toEqual([]);
  });
});

describe("a part of a feast day told before it", () => {
  it("dates 'in the early hours of New Year's Day' and 'on the night of Christmas Eve' by the feast", () => {
    const doc = extract(
      "IDLIB, Friday 8 January 2027 — Gunmen attacked a poultry farm near Maarat Misrin in the early hours of New Year's Day. Three of the stolen calves were found the day after in a field near Binnish.",
    );
    expect(datesOf(doc, /attacked a poultry farm/)).toEqual(["2027-01-01"]);
    expect(datesOf(doc, /calves were found/)).toEqual(["2027-01-02"]);
    const eve = extract(
      "IDLIB, Friday 8 January 2027 — Gunmen attacked a farm near Binnish on the night of Christmas Eve.",
    );
    expect(datesOf(eve, /attacked a farm/)).toEqual(["2026-12-24"]);
  });

  it("still reads a feast that names a thing as no date", () => {
    const doc = extract(
      "IDLIB, Friday 8 January 2027 — The council cancelled the New Year's Day parade after gunmen attacked a farm near Binnish.",
    );
    expect(dated(doc).some((f) => /New Year/.test(f.date?.text ?? ""))).toBe(false);
  });
});

describe("armed men who get into a site and rob it", () => {
  it("reads the fence cut, the guard tied up and the goods carried off as a raid on the timeline", () => {
    const doc = extract(
      "KIRKUK, Friday 12 March 2027 — On Tuesday night three armed men cut the perimeter fence of a grain store near Dibis, tied up the watchman and loaded forty sacks of seed onto a pick-up.",
    );
    const raid = dated(doc).filter((f) => f.kind === "event" && /tied up the watchman/.test(f.text));
    expect(raid.map((f) => f.date?.value)).toEqual(["2027-03-09"]);
  });

  it("leaves a fence cut to cross a border a breach of the barrier, no raid", () => {
    const doc = extract(
      "KIRKUK, Friday 12 March 2027 — On Tuesday night armed men cut the border fence near Rabia and crossed into Iraq with two mules.",
    );
    expect(doc.facts.some((f) => f.kind === "threat" && /cut the border fence/.test(f.text))).toBe(true);
    expect(doc.facts.some((f) => f.tags?.includes("insurgent-attack"))).toBe(false);
  });
});

describe("a toll told after a paragraph that sees the explosion from where someone stood", () => {
  const lead =
    "Thursday 10 December 2026\n\nA nurse from Leeds working with a medical charity was hurt when a drone dropped a bomb near a clinic in north-west Syria on Tuesday morning, her brother said today.\n\n";

  it("runs the toll on the dated happening, through the sentence that points back to the device", () => {
    const doc = extract(
      `${lead}Alice Moor, 41, from Headingley, was unloading boxes outside the clinic in Darkush when the device exploded about twenty metres away. Three patients were killed and nine people in the yard were hurt.`,
    );
    expect(dated(doc).filter((f) => /patients were killed/.test(f.text))).toHaveLength(0);
    expect(
      doc.facts.some(
        (f) => f.kind === "event" && f.date?.value === "2026-12-08" && /drone dropped a bomb/.test(f.text),
      ),
    ).toBe(true);
  });

  it("leaves a toll after a paragraph that points back to nothing to its own entry", () => {
    const doc = extract(
      `${lead}Alice Moor, 41, from Headingley, was unloading boxes outside the clinic in Darkush when the lorry arrived. Three patients were killed and nine people in the yard were hurt.`,
    );
    expect(dated(doc).filter((f) => /patients were killed/.test(f.text))).toHaveLength(1);
  });
});
