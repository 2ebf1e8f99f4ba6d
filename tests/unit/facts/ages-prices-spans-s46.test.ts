import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

const quantities = (text: string) =>
  extractFacts({ id: "t", title: "", text, publishedAt: "2026-12-11T00:00:00Z" })
    .facts.filter((f) => f.kind === "quantity")
    .map((f) => `${f.value} ${f.unit} | ${f.measures}`);

describe("an age set off by commas after a name", () => {
  it("is the person's age in years", () => {
    expect(
      quantities(
        "The charge sheet accuses the first defendant, Mahmoud Saleh al-Shammari, 41, of organising the crossings.",
      ),
    ).toContain("41 years | age of Mahmoud Saleh al-Shammari");
  });
  it("is no age after a one-word place in a list", () => {
    expect(
      quantities("Attacks hit Rabia, Sinjar, 41, and al-Qaim, 12, on Monday.").filter((q) =>
        q.includes("years"),
      ),
    ).toEqual([]);
  });
});

describe("a price told of each thing", () => {
  it("measures the amount per person", () => {
    expect(quantities("He was accused of receiving $1,500 for each person.")).toEqual([
      "1500 USD | amount per person",
    ]);
  });
});

describe("a span of time", () => {
  it("in a compound is the length of the thing after it", () => {
    expect(quantities("The prison was the scene of a ten-day siege in January 2022.")).toContain(
      "10 days | length of siege",
    );
  });
  it("after 'for' measures the verb phrase before it", () => {
    expect(quantities("The government closed the camp's only road for eleven days in 2025.")).toContain(
      "11 days | length of closed the camp's only road",
    );
  });
  it("after 'within' is the time to do what is asked", () => {
    expect(
      quantities("The Council asks the Military Council to publish its results within thirty days."),
    ).toContain("30 days | time of publish its results");
  });
});

describe("one person named after the noun of a harm", () => {
  it("counts the truck driver abducted", () => {
    expect(
      quantities("The Council condemns the abduction of a truck driver on the road on Tuesday."),
    ).toEqual(["1 driver | truck driver"]);
  });
});

describe("'both' before persons harmed", () => {
  it("counts two", () => {
    expect(quantities("Gunmen fired on two fuel tankers and wounded both drivers.")).toContain(
      "2 drivers | drivers",
    );
  });
  it("counts nothing when it joins two kinds or tells of men already counted", () => {
    expect(quantities("Both soldiers and civilians were killed.")).toEqual([]);
    expect(quantities("Both men were in stable condition.")).toEqual([]);
  });
});
