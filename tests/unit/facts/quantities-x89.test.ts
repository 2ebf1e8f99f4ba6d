import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Helper x89: what a span of time measures. Sentences written for these tests.
 */

const measured = (text: string, value: number) =>
  extract(text)
    .facts.filter((f) => f.kind === "quantity" && f.value === value)
    .map((f) => f.measures);

describe("a span of time after a verb with no object", () => {
  it("measures what the clause's subject went through", () => {
    expect(measured("Ferry crossings were halted for seven hours after the storm.", 7)).toEqual([
      "length of Ferry crossings were halted",
    ]);
    expect(
      measured("The court said the hearing was adjourned, and the judges retired for 40 minutes.", 40),
    ).toEqual(["length of the judges retired"]);
  });

  it("reads minutes as a span of time, as hours are", () => {
    expect(measured("Radar operators tracked the balloon for twelve minutes.", 12)).toEqual([
      "length of tracked the balloon",
    ]);
  });

  it("keeps a verb with its object as before ('closed the bridge for seven hours')", () => {
    expect(measured("The army closed the bridge for seven hours.", 7)).toEqual([
      "length of closed the bridge",
    ]);
  });
});

const people = (text: string) =>
  extract(text)
    .facts.filter((f) => f.kind === "quantity" && f.value === 1)
    .map((f) => `${f.value} ${f.unit}`);

describe("one person harmed, named by a noun with its article", () => {
  it("counts 'the driver was killed', a named guard, a perfect passive and the last of several", () => {
    expect(people("The lorry hit a mine near Rutba. The driver was killed.")).toEqual(["1 driver"]);
    expect(people("A night guard, Yusuf bin Hamad, was wounded by shrapnel.")).toEqual(["1 guard"]);
    expect(people("The police said a man had been arrested in Hit.")).toEqual(["1 man"]);
    expect(people("Three shoppers and a security guard were wounded.")).toEqual(["1 guard"]);
  });

  it("counts a second person after 'and' whose passive leaves out its auxiliary", () => {
    expect(people("The driver was killed and a passenger injured.")).toEqual(["1 driver", "1 passenger"]);
  });

  it("leaves a person told of without harm uncounted", () => {
    expect(people("The driver was a cousin of the mayor. The guard said the road was closed.")).toEqual([]);
    expect(people("A guard and a wounded man were taken away.")).toEqual([]);
  });
});

describe("a part of those a toll befell", () => {
  const counts = (text: string) =>
    extract(text)
      .facts.filter((f) => f.kind === "quantity")
      .map((f) => `${f.value} ${f.unit} (${f.measures})`);

  it("counts '12 of the injured' as people, and 'five of them' after it as the same", () => {
    const found = counts(
      "Four people were killed and 26 injured; 12 of the injured were taken to Kirkuk, and five of them are in intensive care.",
    );
    expect(found).toContain("12 people (the injured)");
    expect(found).toContain("5 people (the injured)");
  });

  it("leaves the participle before a noun to that noun ('three of the wounded policemen')", () => {
    expect(counts("Three of the wounded policemen were flown to Erbil.")).toEqual([
      "3 policemen (the wounded policemen)",
    ]);
  });
});
