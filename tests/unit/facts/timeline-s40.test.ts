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

describe("an explosive that exploded or went off is a bombing", () => {
  it("'a bomb hidden under a lorry exploded' is an event of its day, its toll printed with it", () => {
    const doc = extract(
      "On Sunday night a bomb hidden under a lorry exploded beside the fuel depot in Tikrit. The driver was killed.",
      "2026-09-09",
    );
    const blast = dated(doc).find((f) => /bomb hidden under a lorry exploded/.test(f.text));
    expect(blast?.date?.value).toBe("2026-09-06");
    expect(blast?.codes?.acled?.subEventType).toBe("Remote explosive/landmine/IED");
  });

  it("'three pylons were blown up' is a bombing", () => {
    const doc = extract(
      "On the night of 2 September, three pylons of the line to Samarra were blown up near the village of Awja.",
      "2026-09-09",
    );
    const blast = dated(doc).find((f) => /were blown up/.test(f.text));
    expect(blast?.date?.value).toBe("2026-09-02");
    expect(blast?.codes?.acled?.subEventType).toBe("Remote explosive/landmine/IED");
  });

  it("not a mine defused before it went off, one that did not explode, nor a clause of time", () => {
    const bombings = (text: string) =>
      extract(text, "2026-09-09").facts.filter(
        (f) => f.codes?.acled?.subEventType === "Remote explosive/landmine/IED",
      );
    expect(bombings("On Monday engineers defused four mines before they exploded near the well.")).toEqual(
      [],
    );
    expect(bombings("On Monday a shepherd found a shell that had not exploded in his field.")).toEqual([]);
    expect(bombings("The police came on Monday, an hour after the charge went off near the bank.")).toEqual(
      [],
    );
    expect(
      bombings("On Monday a landmine left over from the war exploded under a tractor near Rutba."),
    ).toEqual([]);
    expect(
      bombings("On Monday the team repaired the gate of the old fort, which was blown up in 2015."),
    ).toEqual([]);
  });
});

describe("a lead and a bullet telling the same small count on one day are one entry", () => {
  it("'toppled two more towers on Monday night' and '* On Monday night two towers … were blown up'", () => {
    const text =
      "BAGHDAD, Nov 24 (Levant Wire) - Saboteurs toppled two more pylons in Diyala province on Monday night, cutting power to parts of Khalis.\n\n* On Monday night two pylons on a 132-kilovolt line north of Khalis were blown up. Nobody was hurt.\n\n* On Sunday three pylons fell near Baladruz.";
    const doc = extract(text, "2026-11-24");
    const monday = dated(doc).filter((f) => f.kind === "event" && f.date?.value === "2026-11-23");
    expect(monday).toHaveLength(1);
    expect(monday[0]?.text).toMatch(/Saboteurs toppled two more pylons/);
  });

  it("two different things counted alike on one day stay two entries", () => {
    const text =
      "On Monday gunmen burned two trucks near Baiji.\n\nOn Monday two soldiers were killed when gunmen attacked a checkpoint near Tikrit.";
    const doc = extract(text, "2026-11-24");
    expect(dated(doc).filter((f) => f.kind === "event" && f.date?.value === "2026-11-23")).toHaveLength(2);
  });
});

describe("the writer's own memories years back are no timeline rows", () => {
  it("'My uncle opened this shop in 2011' and 'In 2016 we sold bread from a cart' are not printed", () => {
    const doc = extract(
      "On Tuesday gunmen burned a fuel truck near Qayyarah.\n\nMy uncle opened this shop in 2011. In 2016 we sold bread from a cart.",
      "2026-05-10",
    );
    expect(dated(doc).some((f) => /opened this shop|sold bread/.test(f.text))).toBe(false);
    expect(datesOf(doc, /burned a fuel truck/)).toEqual(["2026-05-05"]);
  });

  it("a past told in the third person, or first-person words inside a quotation, stays a row", () => {
    const doc = extract(
      'The army retook the town in 2017.\n\nHe said he had returned in 2022 through the Rabia crossing "without anyone asking me anything".',
      "2026-05-10",
    );
    expect(datesOf(doc, /retook the town/)).toEqual(["2017"]);
    expect(datesOf(doc, /returned in 2022/)).toEqual(["2022"]);
  });
});

describe("a week's menu or timetable under day headings tells no happening", () => {
  it("'Monday — rice with beans, yoghurt' rows are no events; a chronology's entries still are", () => {
    const menu = extract(
      "CANTEEN MENU\nSunday — chicken soup, bread, an orange\nMonday — fried egg, cheese sandwich, tea with milk\nTuesday — lentils with rice, yoghurt\nWednesday — biscuits and juice from the ration\n\nDear parents,\n\nThe canteen opens at nine.",
      "2026-03-01",
    );
    expect(dated(menu).filter((f) => f.kind === "event")).toEqual([]);
    const chronology = extract(
      "CHRONOLOGY\n\nJune 10 — Islamic State fighters seize Mosul\n\nMarch 3 — Gunmen storm a checkpoint near Tuz",
      "2026-10-25",
    );
    expect(datesOf(chronology, /fighters seize Mosul/)).toEqual(["2026-06-10"]);
    expect(datesOf(chronology, /Gunmen storm a checkpoint/)).toEqual(["2026-03-03"]);
  });
});
