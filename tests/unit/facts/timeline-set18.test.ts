import { describe, expect, it } from "vitest";
import { dated, datesOf, extract, meta } from "./helpers.js";

/** Registers of set 18 (a wire "what we know" list, a column, a circular, an FAQ), on invented text. */

describe("a byline whose parts are parted by middle dots", () => {
  const text =
    "EXPLAINER-Bridge shelled near Hit\nBy Northgate Wire staff · March 4, 2026 · 9:40 AM GMT+3\n\nBAGHDAD, March 4 (Northgate Wire) - Mortar rounds struck the bridge at Hit late on Monday, police said.";

  it("gives its date as the publication's", () => {
    expect(meta(text).publishedAt).toBe("2026-03-04");
  });

  it("counts the lede's weekday from it", () => {
    // 2026-03-04 is a Wednesday: Monday is the 2nd.
    expect(datesOf(extract(text), /struck the bridge/)).toEqual(["2026-03-02"]);
  });
});

describe("an attack dated by its day, then told again in the next sentence without a day", () => {
  const lead =
    "The governor strongly condemned yesterday's attack on a Red Crescent convoy in Raqqa governorate, in which a driver was killed.";

  it("how it was done, at a place the attack names, is the same entry", () => {
    const doc = extract(
      `${lead} The convoy was struck by an explosive device on the road between Raqqa and Tabqa, shortly after 9 a.m.`,
      "2026-05-14",
    );
    expect(dated(doc).map((f) => f.date?.value)).toEqual(["2026-05-13"]);
  });

  it("a bombing at a place the attack does not name stays apart", () => {
    const doc = extract(`${lead} A car bomb exploded in a market in Mosul, killing four.`, "2026-05-14");
    expect(doc.facts.some((f) => f.kind === "event" && /car bomb/.test(f.text))).toBe(true);
    expect(datesOf(doc, /condemned/)).toEqual(["2026-05-13"]);
  });
});

describe("two happenings told only by a past verb, in two sentences", () => {
  const column = (announcement: string) =>
    `On Tuesday night the desert answered me. I had warned about that road for months.\n\nThe Interior Ministry said on Wednesday that the road was open again. ${announcement}`;

  it("on one day but naming no one in common, stay two entries", () => {
    const doc = extract(
      column(
        'The previous day, the same ministry had announced the capture of an Islamic State "financier" near Rawa.',
      ),
      "2026-03-08",
    );
    // 2026-03-08 is a Sunday: Tuesday is the 3rd, and the day before Wednesday the 4th is the 3rd.
    expect(datesOf(doc, /desert answered/)).toEqual(["2026-03-03"]);
    expect(datesOf(doc, /announced the capture/)).toEqual(["2026-03-03"]);
  });
});

describe("a small bomb thrown at a shop", () => {
  it("'a sound bomb was thrown' is a bombing on the night the text gives", () => {
    const doc = extract(
      "On Friday night a sound bomb was thrown into the doorway of a pharmacy in the old market of Kirkuk. The owner's son was cut by glass.",
      "2026-04-13",
    );
    // 2026-04-13 is a Monday: Friday is the 10th.
    expect(datesOf(doc, /sound bomb/)).toEqual(["2026-04-10"]);
  });

  it("'threw a stun grenade' as well", () => {
    const doc = extract("On Friday night gunmen threw a stun grenade at a pharmacy in Kirkuk.", "2026-04-13");
    expect(datesOf(doc, /stun grenade/)).toEqual(["2026-04-10"]);
  });
});
