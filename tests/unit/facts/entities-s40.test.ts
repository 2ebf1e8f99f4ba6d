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
      docOf([quantity(6, "grenades", "six hand grenades"), quantity(800, "dinars", "800 dinars for the bread")]),
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

export const quantitiesOf = (text: string) =>
  extractFacts({ id: "t", title: "t", text })
    .facts.filter((f) => f.kind === "quantity")
    .map((f) => `${f.value} ${f.unit}`);
