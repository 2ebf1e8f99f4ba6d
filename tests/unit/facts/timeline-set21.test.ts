import { describe, expect, it } from "vitest";
import { datesOf, extract, meta } from "./helpers.js";

/** Timeline entries of set 21's registers (incident reports, status updates), on invented text. */

const labels = (text: string, pub = "2027-06-07") =>
  extract(text, pub)
    .facts.filter((f) => f.kind === "event" || f.kind === "countermeasure")
    .map((f) => f.text);

describe("a fire told by its end or by what caught fire", () => {
  it("is a dated event when the fires were put out", () => {
    // 2027-06-07 is a Monday: "Friday night" is 2027-06-04.
    const doc = extract(
      "On Friday night three fires near the silo were put out within two hours.",
      "2027-06-07",
    );
    expect(datesOf(doc, /fires near the silo were put out/)).toEqual(["2027-06-04"]);
  });

  it("is a dated event when a thing caught fire or burst into flames", () => {
    const doc = extract(
      "On Saturday a tanker caught fire on the highway. A warehouse burst into flames on Sunday.",
      "2027-06-07",
    );
    expect(datesOf(doc, /tanker caught fire/)).toEqual(["2027-06-05"]);
    expect(datesOf(doc, /warehouse burst into flames/)).toEqual(["2027-06-06"]);
  });

  it("does not take the fire of a gun put out of action for a fire", () => {
    expect(
      labels("Gunmen opened fire on a checkpoint; the attackers were put out of the town."),
    ).not.toContainEqual(expect.stringMatching(/put out/));
  });
});

describe("a clock time inside a label", () => {
  it("is kept whole, not cut at its colon, and ends a noun phrase", () => {
    expect(labels("Police reported an attack at about 22:30 near the gate.")).toEqual([
      "an attack at about 22:30",
    ]);
    expect(labels("The riot was brought under control at about 22:30 near the gate.")).toEqual([
      "The riot was brought under control at about 22:30 near the gate",
    ]);
  });
});

describe("a page's creation stamp", () => {
  it("is its publication date", () => {
    const text =
      "Help rebuild the clinic in Hit\n\nOrganiser: Huda Saleh · Appeal created 3 March 2027\nRaised: $900 of $5,000\n\nOn Tuesday night a rocket hit the clinic.";
    expect(meta(text).publishedAt).toBe("2027-03-03");
    // 2027-03-03 is a Wednesday: "Tuesday night" is the day before.
    expect(datesOf(extract(text), /rocket hit the clinic/)).toEqual(["2027-03-02"]);
  });

  it("does not take a sentence about something created for a stamp", () => {
    const text = "The Hit brigade was created 3 March 2015 by the governor.\n\nGunmen attacked it.";
    expect(meta(text).publishedAt).toBeNull();
  });
});

describe("a measure told in the passive", () => {
  it("is labelled from its subject, not from the last noun before 'were closed'", () => {
    expect(
      labels("Three primary schools in villages south of the town were closed on Monday after the threats."),
    ).toContain(
      "Three primary schools in villages south of the town were closed on Monday after the threats",
    );
  });
});
