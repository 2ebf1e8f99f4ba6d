import { describe, expect, it } from "vitest";
import { dated, datesOf, entityNamed, extract, meta } from "./helpers.js";

/**
 * A notice's, leaflet's or card's stamp of issue in its head (session 38), on texts written for
 * these tests: the date is the document's own, the day its "on Tuesday" counts from, and no row of
 * its timeline.
 */

describe("a head line stamping when a notice or leaflet was issued, printed or handed out", () => {
  it("'Issued to …, and handed to … from today, <date>' dates the notice and is no event", () => {
    const text =
      "AL-NOOR RESTAURANT · TIKRIT\nHOUSE RULES (revised)\nIssued to all staff, and handed to every guest booking from today, Saturday 14 March 2026\n\nDear guests,\n\nOn Tuesday night a bomb exploded outside a restaurant in Samarra, wounding three men.";
    expect(meta(text).publishedAt).toBe("2026-03-14");
    const doc = extract(text);
    expect(datesOf(doc, /bomb exploded/)).toEqual(["2026-03-10"]);
    expect(dated(doc).some((f) => /handed to every guest/.test(f.text))).toBe(false);
  });

  it("'Distributed after the Friday prayer, <date>, and posted on …' dates the leaflet", () => {
    const text =
      "AL-HUDA MOSQUE · AL-BUKAMAL\nDistributed after the Friday prayer, 6 March 2026, and posted on the mosque's page\n\nOn Wednesday night gunmen shot dead a shopkeeper near the market.";
    expect(meta(text).publishedAt).toBe("2026-03-06");
    expect(datesOf(extract(text), /shot dead a shopkeeper/)).toEqual(["2026-03-04"]);
  });

  it("a card's name and its 'printed <date>', and 'Printed for the screenings of <date>'", () => {
    expect(
      meta("THE OASIS CAFE · Route 12\nOpen all night · Price list, printed Sunday 5 April 2026\n\nTEA")
        .publishedAt,
    ).toBe("2026-04-05");
    expect(
      meta(
        "CITY CINEMA\nPrinted for the screenings of Friday 8 May 2026 (18:00 and 21:00) · Free sheet\n\nTHE FILM",
      ).publishedAt,
    ).toBe("2026-05-08");
    expect(
      meta("Decision letter · Ref. 2026-41 · sent Monday 14 September 2026\n\nDear Dr Smith,").publishedAt,
    ).toBe("2026-09-14");
  });

  it("'<date> edition' alone in a part dates the edition, not the day the listings are for", () => {
    const text =
      "THE WEEKEND GUIDE · TV & RADIO\nListings for Sunday 21 June 2026\nSaturday 20 June 2026 edition · page 22\n\nOn Thursday night gunmen fired on a border post west of al-Qaim.";
    expect(meta(text).publishedAt).toBe("2026-06-20");
    expect(datesOf(extract(text), /fired on a border post/)).toEqual(["2026-06-18"]);
  });

  it("a stamp naming a place or a body keeps its words as text, its names as mentions", () => {
    const text =
      "MT EXAMPLE · DECK LOG\nIssued at Umm Qasr, Saturday 13 June 2026, for the owners and the General Company for Ports of Iraq (GCPI)\n\nThe ship sailed at dawn.";
    expect(meta(text).publishedAt).toBe("2026-06-13");
    expect(entityNamed(extract(text), "General Company for Ports of Iraq")?.type).toBe("organization");
  });

  it("a sentence opening with 'Issued' in the head stays a sentence", () => {
    const text =
      "NEWS DESK\nIssued weapons were found in the house of the suspect on Saturday 13 June 2026.\n\nMore follows.";
    expect(meta(text).publishedAt).toBeNull();
  });
});
