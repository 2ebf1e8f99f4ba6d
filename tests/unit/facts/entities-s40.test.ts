import { describe, expect, it } from "vitest";
import { evaluateFacts } from "../../../bench/extraction/evaluate.js";
import { GoldArticle } from "../../../bench/extraction/gold.js";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";
import type { Fact, FactsDocument } from "../../../src/core/facts/schema.js";

const quantity = (value: number, unit: string, text: string): Fact => ({
  id: `q${value}${unit}`,
  kind: "quantity",
  text,
  sentence: 0,
  start: 0,
  end: text.length,
  entities: [],
  modality: "asserted",
  value,
  unit,
  measures: text,
});

const docOf = (facts: Fact[]): FactsDocument => ({
  schemaVersion: 1,
  extractor: { name: "test", version: "0" },
  origin: "machine",
  article: { id: "a", title: "a", publishedAt: null },
  sentences: [],
  entities: [],
  quotes: [],
  facts,
});

const goldOf = (quantities: { value: number; unit: string; about: string }[]) =>
  GoldArticle.parse({ article: "a.txt", entities: [], quantities });

describe("quantity scoring compares units by meaning, not spelling", () => {
  it("reads a gold's spelled-out unit through the extractor's normalised forms", () => {
    const score = evaluateFacts(
      docOf([
        quantity(12, "km", "a trench 12 km long"),
        quantity(15, "%", "15% of the harvest"),
        quantity(900, "USD", "$900 for the fuel"),
        quantity(4, "t", "4 tonnes of cement"),
      ]),
      goldOf([
        { value: 12, unit: "kilometres", about: "length of the trench" },
        { value: 15, unit: "per cent", about: "share of the harvest" },
        { value: 900, unit: "US dollars", about: "price of the fuel" },
        { value: 4, unit: "tonnes", about: "cement delivered" },
      ]),
    );
    expect(score.quantities).toMatchObject({ found: 4, total: 4 });
  });

  it("takes a gold unit's head word, without its note or rate, as the unit", () => {
    const score = evaluateFacts(
      docOf([
        quantity(6, "grenades", "six hand grenades"),
        quantity(800, "dinars", "800 dinars for the bread"),
      ]),
      goldOf([
        { value: 6, unit: "hand grenades", about: "grenades found in the car" },
        { value: 800, unit: "Iraqi dinars per bundle (retail)", about: "price of the bread" },
      ]),
    );
    expect(score.quantities.found).toBe(2);
  });

  it("lets a generic person unit stand for the article's own noun, but not for things", () => {
    const score = evaluateFacts(
      docOf([
        quantity(3, "herders", "three herders"),
        quantity(5, "operatives", "five cell operatives"),
        quantity(2, "girls", "two girls"),
        quantity(7, "trucks", "seven trucks"),
      ]),
      goldOf([
        { value: 3, unit: "people", about: "herders detained" },
        { value: 5, unit: "militants", about: "cell operatives killed" },
        { value: 2, unit: "children", about: "girls hurt" },
        { value: 7, unit: "people", about: "trucks stopped" },
      ]),
    );
    expect(score.quantities).toMatchObject({ found: 3, missing: ["7 people (trucks stopped)"] });
  });

  it("still misses a figure counted in another unit", () => {
    const score = evaluateFacts(
      docOf([quantity(12, "m", "12 m of fence")]),
      goldOf([{ value: 12, unit: "kilometres", about: "fence" }]),
    );
    expect(score.quantities.found).toBe(0);
  });
});

const quantitiesOf = (text: string) =>
  extractFacts({ id: "t", title: "t", text })
    .facts.filter((f) => f.kind === "quantity")
    .map((f) => `${f.value} ${f.unit}`);

describe("quantities: single persons, ordinals, parts and periods", () => {
  it("counts one person killed, hurt or held, and lets a bare figure after it take its noun", () => {
    expect(
      quantitiesOf("Gunmen fired on a checkpoint outside Baiji, killing a guard and wounding three."),
    ).toEqual(["1 guard", "3 guard"]);
    expect(quantitiesOf("On Sunday the police arrested a fuel seller in Tuz Khurmatu.")).toEqual([
      "1 seller",
    ]);
    expect(quantitiesOf("The driver of the bus, a retired school teacher, was wounded.")).toEqual([
      "1 teacher",
    ]);
  });

  it("does not count a person who is not a toll, a compound noun or a possessive", () => {
    expect(quantitiesOf("A farmer told us the well had dried up.")).toEqual([]);
    expect(quantitiesOf("The shell hit a soldier's house and a guard post near the river.")).toEqual([]);
  });

  it("reads 'a third' after a count as one more of it, but not 'a third of'", () => {
    expect(quantitiesOf("Four shepherds were abducted and a fifth escaped.")).toEqual([
      "4 shepherds",
      "1 shepherds",
    ]);
    expect(quantitiesOf("Four shepherds were abducted and a third of the flock was lost.")).toEqual([
      "4 shepherds",
    ]);
  });

  it("counts policemen and gunmen as plurals", () => {
    expect(quantitiesOf("Three policemen and two gunmen died in the clash.")).toEqual([
      "3 policemen",
      "2 gunmen",
    ]);
  });

  it("gives 'N of them' the noun of the group counted before, or its own noun when it names one", () => {
    expect(
      quantitiesOf("Police questioned 40 drivers at the crossing in 2025 and 12 of them were fined."),
    ).toEqual(["40 drivers", "12 drivers"]);
    expect(quantitiesOf("The unit cleared 90 devices this year, 30 of them roadside bombs.")).toEqual([
      "90 devices",
      "30 bombs",
    ]);
  });

  it("passes over the period a figure is counted in when a later figure takes its noun", () => {
    expect(
      quantitiesOf(
        "Customs seized 35 stolen cars in the first five months of 2026, against eight in the whole of 2025.",
      ),
    ).toEqual(["35 cars", "8 cars"]);
  });

  it("reads a figure inside a partitive phrase as a figure of its own", () => {
    expect(quantitiesOf("Drones were used in six of the 20 raids recorded in the valley.")).toEqual([
      "6 raids",
      "20 raids",
    ]);
  });
});

const entitiesOf = (text: string) =>
  extractFacts({ id: "t", title: "t", text }).entities.map((e) => `${e.name}:${e.type}`);

describe("entities: places a distance, a route or an edge sets, and chambers", () => {
  it("reads a name a distance away as a place", () => {
    expect(entitiesOf("The patrol was ambushed a few kilometres past Tallafar Jadid at dusk.")).toContain(
      "Tallafar Jadid:place",
    );
    expect(entitiesOf("They camped outside Gomaspan, three kilometres from the river.")).toContain(
      "Gomaspan:place",
    );
  });

  it("reads the end of a route after 'between' and the edge of a place as places", () => {
    expect(entitiesOf("A bus was stopped on the road between al-Mashraq and Bartella.")).toContain(
      "al-Mashraq:place",
    );
    expect(entitiesOf("Shepherds found the device on the edge of al-Rashidiya.")).toContain(
      "al-Rashidiya:place",
    );
  });

  it("does not make a person or a pipeline's well a place", () => {
    expect(
      entitiesOf("The talks between Barzani and Sudani ended without a deal.").some((e) =>
        e.endsWith(":place"),
      ),
    ).toBe(false);
    expect(entitiesOf("A device damaged the flow line between KB-7 and the pumping station.")).toEqual([]);
  });

  it("names a chamber of commerce as an organization", () => {
    expect(entitiesOf("According to the Basra Chamber of Commerce, imports fell in May.")).toContain(
      "Basra Chamber of Commerce:organization",
    );
  });
});

describe("entities: a guard named after his post", () => {
  it("reads 'our night guard X' as a person, and a guard force's name stays a body", () => {
    expect(entitiesOf("Before dawn our night watchman Khudur heard a car stop by the gate.")).toContain(
      "Khudur:person",
    );
    expect(entitiesOf("Late that night the school guard Najm saw two men at the fence.")).toContain(
      "Najm:person",
    );
    expect(entitiesOf("The Revolutionary Guard Corps fired rockets.")).toContain(
      "Revolutionary Guard Corps:organization",
    );
  });
});
