import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** Counts and names of set 44's registers (session 47), on texts written for these tests. */

const counts = (text: string) =>
  extract(text, "2026-10-06")
    .facts.filter((f) => f.kind === "quantity")
    .map((f) => [f.value, f.unit]);

describe("figures of a toll, a sum and a force", () => {
  it("'Two Peshmerga were martyred and four were wounded': the fighters' name is its own plural", () => {
    expect(counts("Two Peshmerga were martyred and four were wounded in the attack.\n")).toEqual([
      [2, "peshmerga"],
      [4, "peshmerga"],
    ]);
  });

  it("'Two people were killed and 14 wounded': the second figure counts people too", () => {
    expect(counts("Two people were killed and 14 wounded when a device exploded in the market.\n")).toEqual([
      [2, "people"],
      [14, "people"],
    ]);
  });

  it("'and 14 wounded' with no toll before takes no unit from it", () => {
    expect(counts("The hospital received the bodies and 14 wounded.\n")).toEqual([]);
  });

  it("'US$48 million to sustain assistance' is a sum, not a range, and names no country", () => {
    const text = "WFP requires US$48 million to sustain assistance in north-east Syria until March 2027.\n";
    expect(counts(text)).toEqual([[48_000_000, "USD"]]);
    expect(entityNamed(extract(text), "United States")).toBeUndefined();
  });

  it("'from $40 to $60' is still a range", () => {
    expect(counts("Prices rose from $40 to $60 a sack.\n")).toEqual([[60, "USD"]]);
  });
});

describe("a customs service", () => {
  it("'Jordan Customs has seized …' is the body, not the country alone", () => {
    const doc = extract("Since 2021, Jordan Customs has seized more than 120 million Captagon pills.\n");
    expect(entityNamed(doc, "Jordan Customs")?.type).toBe("organization");
  });
});

describe("ages, parts, earlier values and spans of time", () => {
  const measured = (text: string) =>
    extract(text, "2026-10-06")
      .facts.filter((f) => f.kind === "quantity")
      .map((f) => [f.value, f.unit, f.measures]);

  it("'three more boys, aged 12 to 14': the youngest and the oldest age, in years", () => {
    expect(measured("Guards took three more boys, aged 12 to 14, from their tents.\n")).toEqual([
      [3, "boys", "more boys"],
      [12, "years", "age of boys"],
      [14, "years", "age of boys"],
    ]);
  });

  it("'Four of them have never been found' counts the members the sentence before counted", () => {
    const text = "Gunmen abducted seven members of one family. Four of them have never been found.\n";
    expect(measured(text)).toContainEqual([4, "members", "members of one family"]);
  });

  it("'Four of them' inside a later paragraph's sentence with no count before it counts nothing", () => {
    expect(measured("The talks ended. Four of them left early.\n")).toEqual([]);
  });

  it("'1,284 smuggling cases, up from 1,107 in 2024': the earlier value of the same count", () => {
    const text = "In 2025, customs centres recorded 1,284 smuggling cases, up from 1,107 in 2024.\n";
    expect(measured(text)).toEqual([
      [1284, "cases", "smuggling cases"],
      [1107, "cases", "smuggling cases"],
    ]);
  });

  it("'would appeal … within 30 days', 'Repairs will take at least three weeks': the time of what is done", () => {
    expect(measured("His lawyer said he would appeal to the court of cassation within 30 days.\n")).toEqual([
      [30, "days", "time of appeal to the court of cassation"],
    ]);
    expect(measured("Repairs will take at least three weeks.\n")).toEqual([[3, "weeks", "time of repairs"]]);
  });
});
