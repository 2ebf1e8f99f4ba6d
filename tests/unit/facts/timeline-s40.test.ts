import { describe, expect, it } from "vitest";
import { dated, datesOf, extract, meta } from "./helpers.js";

/** Timeline rows and document dates of session 40, on texts written for these tests. */

describe("a notice's head stamp: the verb that put it up, read it out or copied it dates it", () => {
  it("'Pinned on the board and printed on every receipt, <date>' dates the notice", () => {
    const text =
      "HASSAN TAILORS · MARKET STREET, DUHOK\nNOTICE\nPinned on the board by the door and printed on every receipt, Monday 12 October 2026\n\nOn Friday, gunmen burned a delivery car near Zakho.";
    expect(meta(text).publishedAt).toBe("2026-10-12");
    expect(datesOf(extract(text), /burned a delivery car/)).toEqual(["2026-10-09"]);
  });

  it("hung, chalked, painted, read out and taped stamps date their notices", () => {
    for (const [stamp, day] of [
      ["Hung at the well and read out after the Friday prayer, Saturday 3 January 2026", "2026-01-03"],
      [
        "Chalked on the slate at the door and read to every buyer who asks, Tuesday 6 January 2026",
        "2026-01-06",
      ],
      ["Painted on the wall of the yard and repeated on a card, Sunday 11 January 2026", "2026-01-11"],
      [
        "Read out by the loudspeaker of the mosque and left at every shop, Sunday 11 January 2026",
        "2026-01-11",
      ],
      ["Taped to the fridge door and to the till, Wednesday 14 January 2026", "2026-01-14"],
    ] as const) {
      expect(meta(`THE FARM SHOP\n${stamp}\n\nDear neighbours,\n\nThe road is open.`).publishedAt).toBe(day);
    }
  });

  it("a sign named before the stamp ('Sign on the pump, copied by hand onto the door, <date>')", () => {
    const text =
      "FUEL STATION OF THE NORTH ROAD\nSign on the old pump, copied by hand onto the office door, Friday 9 October 2026\n\nOn Wednesday, the police arrested two men at the station.";
    expect(meta(text).publishedAt).toBe("2026-10-09");
    const doc = extract(text);
    expect(datesOf(doc, /arrested two men/)).toEqual(["2026-10-07"]);
    expect(dated(doc).some((f) => /copied by hand/.test(f.text))).toBe(false);
  });

  it("a stamp naming the page it was copied to ('(copied onto our Facebook page …)') still dates it", () => {
    const text =
      "THE CORNER CAFE\nWritten on the menu board, Saturday 7 November 2026 (copied onto our Facebook page for those who do not pass by)\n\nTea is now 500 dinars.";
    expect(meta(text).publishedAt).toBe("2026-11-07");
  });

  it("'… · revised <date>' beside an undated note is the sheet's date, no editorial history", () => {
    const text =
      "PRICE SHEET FOR THE SUMMER\nGiven to every client with the order form · revised Thursday 4 June 2026\n\nPrices are in dinars.";
    expect(meta(text).publishedAt).toBe("2026-06-04");
  });

  it("a stamp naming a person or a place stays text, and a sentence stays a sentence", () => {
    expect(
      meta("NOTICE\nPinned by Ahmed Karim at the Mosul office, Monday 12 October 2026\n\nText.").publishedAt,
    ).toBeNull();
    expect(
      meta("NOTICE\nHung on the door, it fell on Monday 12 October 2026.\n\nText.").publishedAt,
    ).toBeNull();
  });
});
