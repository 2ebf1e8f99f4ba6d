import { describe, expect, it } from "vitest";
import { findFullDate } from "../../../src/core/facts/events/dates.js";
import { datesOf, extract } from "./helpers.js";

/**
 * Set 61's faults (session 63, helper t63), each read as the general form it stands for.
 * Sentences written for these tests, not taken from the corpus.
 */

describe("a year-first date with dots or slashes", () => {
  it("reads '2025.07.19' and '2025/07/19' as full dates", () => {
    expect(findFullDate("Updated 2025.07.19 08:10")?.value).toBe("2025-07-19");
    expect(findFullDate("filed 2025/3/4")?.value).toBe("2025-03-04");
  });

  it("does not read an impossible month or a decimal as a date", () => {
    expect(findFullDate("version 2025.13.02 shipped")).toBeUndefined();
    expect(findFullDate("output fell to 2025.5 barrels")).toBeUndefined();
  });

  it("dates an article whose masthead prints 'Posted 2025.07.19 10:05 JST'", () => {
    const doc = extract(
      "NHX WORLD · Asia\nPosted 2025.07.19 10:05 JST\n\nFire at refinery\n\nA fire broke out at the Baiji refinery on Thursday night, officials said.\n",
    );
    expect(doc.article.publishedAt).toBe("2025-07-19");
    expect(datesOf(doc, /fire broke out/)).toContain("2025-07-17");
  });
});

const events = (text: string, publishedAt = "2026-10-14") =>
  extract(text, publishedAt)
    .facts.filter((f) => f.kind === "event")
    .map((f) => `${f.date?.value ?? "undated"} | ${f.text}`);

describe("a relative clause telling what a happening did", () => {
  it("is cited with the happening: 'a rocket attack on 2 September that wounded no one'", () => {
    expect(events("Residents recalled a rocket attack on 2 September that wounded no one.")).toEqual([
      "2026-09-02 | a rocket attack on 2 September that wounded no one",
    ]);
  });

  it("is not, when the phrase singles one out: 'the only raid that caused losses'", () => {
    expect(
      events(
        "Since May the depot has been raided four times, and this was the only raid that caused losses.",
      ).some((e) => e.includes("that caused losses")),
    ).toBe(false);
  });
});

describe("one dated instance of a count over a period", () => {
  it("is an event of its own day, cited with the count", () => {
    expect(
      events(
        "The union said it had recorded 14 attacks on orchards east of Mosul since the start of 2026, including an ambush on 9 April.",
      ),
    ).toEqual([
      expect.stringMatching(
        /^2026-04-09 \| .*14 attacks on orchards east of Mosul since the start of 2026, including an ambush on 9 April$/,
      ),
    ]);
  });

  it("leaves a count with no dated instance a count", () => {
    expect(
      events("The union said it had recorded 14 attacks on orchards east of Mosul since the start of 2026."),
    ).toEqual([]);
  });
});

describe("arson named by its noun", () => {
  it("reads 'the torching of two barley silos' as an event", () => {
    expect(events("Farmers blamed raiders for the torching of two barley silos on 5 September.")).toEqual([
      "2026-09-05 | the torching of two barley silos on 5 September",
    ]);
  });

  it("does not read the burning of tyres at a protest as arson", () => {
    // Near sentence: the burning of tyres is no arson of property (the clause may still be read).
    const read = events("Youths marked the anniversary with the burning of tyres and flags on 5 September.");
    expect(read.some((e) => e.includes("| the burning of tyres"))).toBe(false);
  });
});

describe("interference with satellite navigation", () => {
  it("is an event on the day ships met it", () => {
    expect(events("Two tankers reported GNSS jamming near Fao on Tuesday.")).toContain(
      "2026-10-13 | GNSS jamming near Fao on Tuesday",
    );
  });

  it("told as recurring since a date, is no happening of that period", () => {
    const doc = extract(
      "GPS spoofing over the Shatt al-Arab has been logged repeatedly since early 2025.",
      "2026-10-14",
    );
    const facts = doc.facts.filter((f) => f.kind === "event");
    expect(facts.length).toBe(1);
    expect(facts[0]?.date).toBeUndefined();
  });
});

describe("a body's name opened by a common word", () => {
  it("keeps 'Aid' and 'Local' opening a body's name within a sentence", () => {
    const names = (text: string) => extract(text).entities.map((e) => e.name);
    expect(
      names("The toll rose to 12, according to the Aid Access Monitoring Unit, which counts deaths."),
    ).toContain("Aid Access Monitoring Unit");
    expect(names("The toll rose to 12, according to the Local Development Council in Hit.")).toContain(
      "Local Development Council",
    );
  });
});

describe("a source heard by another", () => {
  it("'according to two residents interviewed by X': the residents speak, not X", () => {
    const doc = extract(
      "Soldiers searched Tal Abyad at dawn and held 12 men, according to two residents interviewed by Human Rights Watch.",
    );
    expect(doc.quotes.map((q) => q.speaker.name)).toEqual(["two residents"]);
  });
});

describe("a question quoted whole, then 'she asks'", () => {
  it("is the direct words of the one 'she' stands for", () => {
    const doc = extract(
      "Amina Otieno flies to Mombasa in May. Then she returns. “Who else will cook?” she asks.",
    );
    expect(doc.quotes.map((q) => `${q.kind}:${q.speaker.name}:${q.text}`)).toEqual([
      "direct:Amina Otieno:Who else will cook",
    ]);
  });
});

describe("a country whose name holds another's", () => {
  it("reads 'South Sudan' as itself, not as Sudan", () => {
    const names = extract("Before Raqqa she had nursed in South Sudan and in Chad.").entities.map(
      (e) => e.name,
    );
    expect(names).toContain("South Sudan");
    expect(names).not.toContain("Sudan");
  });
});

describe("a working group named by its remit", () => {
  it("keeps 'on' and the remit: 'the UN Working Group on Enforced Disappearances'", () => {
    const names = extract(
      "The families wrote to the UN Working Group on Enforced Disappearances.",
    ).entities.map((e) => e.name);
    expect(names).toContain("UN Working Group on Enforced Disappearances");
  });

  it("does not join a day: 'the Working Group on Sunday'", () => {
    const names = extract("The Working Group on Sunday asked for access.").entities.map((e) => e.name);
    expect(names.some((n) => /Sunday/.test(n))).toBe(false);
  });
});

describe("a happening numbered within a period", () => {
  it("'it was the fifth mortar attack on the base this year' is a count, not an event of the year", () => {
    const facts = extract(
      "It was the fifth mortar attack on the base this year, according to a local tally.",
      "2026-10-14",
    ).facts.filter((f) => f.kind === "event");
    expect(facts.length).toBe(1);
    expect(facts[0]?.date).toBeUndefined();
  });

  it("keeps the day when the numbered happening is told with it", () => {
    expect(
      datesOf(extract("It was the fifth mortar attack on the base on Monday.", "2026-10-14"), /mortar/),
    ).toEqual(["2026-10-12"]);
  });
});

describe("life going on as before", () => {
  it("'buses ran normally on Tuesday' is no happening of the day", () => {
    const doc = extract("Buses ran normally on Tuesday. Gunmen stopped a lorry on Tuesday.", "2026-10-14");
    expect(datesOf(doc, /Buses/)).toEqual([]);
    expect(datesOf(doc, /lorry/)).toEqual(["2026-10-13"]);
  });
});
