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
