import { describe, expect, it } from "vitest";
import { dated, datesOf, entityNamed, extract, meta } from "./helpers.js";

/**
 * A notice's stamp of issue in its head (session 41), on texts written for these tests: the
 * document's own name opening the stamp, the verbs that put a notice up, the platform it went out
 * on, and a place named by a stamp its date closes.
 */

describe("a head stamp of issue, in more of the forms notices take", () => {
  it("'Leaflet handed out at … and posted on our Facebook page, <date>' dates the leaflet and is no event", () => {
    const text =
      "RAFIDAIN SWIMMING CLUB · HIT\nLeaflet handed out at the mosque door and posted on our Facebook page, Monday 12 October 2026\n\nOn Saturday, a bomb went off beside the club's bus.";
    expect(meta(text).publishedAt).toBe("2026-10-12");
    const doc = extract(text);
    expect(datesOf(doc, /bomb went off/)).toEqual(["2026-10-10"]);
    expect(dated(doc).some((f) => /handed out/.test(f.text))).toBe(false);
  });

  it("'Glued to the shutter and sent to the neighbours on Telegram, <date>' dates the notice", () => {
    const text =
      "ABU FARES BAKERY · HAWIJA\nGlued to the shutter and sent to the neighbours on Telegram, Sunday 15 March 2026\n\nOn Friday night gunmen burned a truck of flour on the Kirkuk road.";
    expect(meta(text).publishedAt).toBe("2026-03-15");
    expect(datesOf(extract(text), /burned a truck/)).toEqual(["2026-03-13"]);
  });

  it("'Printed on an A4 sheet and stapled to the board, <date>': the paper's size is no name", () => {
    const text =
      "TEACHERS' ROOM · AL-QAIM SECONDARY\nPrinted on an A4 sheet and stapled to the board, Wednesday 4 February 2026\n\nOn Monday the police closed the road to the school.";
    expect(meta(text).publishedAt).toBe("2026-02-04");
    expect(datesOf(extract(text), /closed the road/)).toEqual(["2026-02-02"]);
  });

  it("'Tacked to the gate and read out in the Grand Mosque, <date>': a stamp its date closes may name the place", () => {
    const text =
      "WATER COMMITTEE · SHIRQAT\nTacked to the gate and read out in the Grand Mosque, Thursday 9 April 2026\n\nOn Tuesday a pump station was blown up south of the town.";
    expect(meta(text).publishedAt).toBe("2026-04-09");
    expect(datesOf(extract(text), /pump station/)).toEqual(["2026-04-07"]);
  });

  it("a stamp naming a place before a date inside its line keeps the place as a mention of the text", () => {
    const doc = extract(
      "HARBOUR NOTICE\nNailed to the harbour gate at Umm Qasr, 3 March 2026, for the owners of the boats\n\nOn Sunday the navy stopped a dhow.",
    );
    expect(entityNamed(doc, "Umm Qasr")).toBeDefined();
  });
});
