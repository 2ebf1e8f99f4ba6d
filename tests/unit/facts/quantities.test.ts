import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

const figures = (text: string) =>
  extract(text)
    .facts.filter((f) => f.kind === "quantity")
    .map((f) => ({ value: f.value, unit: f.unit, measures: f.measures, text: f.text }));

describe("quantities", () => {
  it("reads a dimension after its thing: 3 meters wide is the width of the trenches", () => {
    expect(figures("They dug anti-tank trenches up to 3 meters wide along the border.")).toEqual([
      {
        value: 3,
        unit: "m",
        measures: "width of anti-tank trenches",
        text: "anti-tank trenches up to 3 meters wide",
      },
    ]);
  });

  it("reads a compound dimension before its thing, and two dimensions of one thing", () => {
    expect(figures("A 3-meter-wide trench was dug.")).toEqual([
      { value: 3, unit: "m", measures: "width of trench", text: "3-meter-wide trench" },
    ]);
    expect(figures("A trench 2.5 metres deep and 4 metres wide.").map((f) => [f.value, f.measures])).toEqual([
      [2.5, "depth of trench"],
      [4, "width of trench"],
    ]);
  });

  it("reads lengths, distances and masses with normalised units", () => {
    expect(
      figures("a wall along 160 kilometres of the border").map((f) => [f.value, f.unit, f.measures]),
    ).toEqual([[160, "km", "length of the border"]]);
    expect(
      figures("The car was hit 4 kilometres east of Qamishli.").map((f) => [f.value, f.unit, f.measures]),
    ).toEqual([[4, "km", "distance east of Qamishli"]]);
    expect(
      figures("Troops found 210 kilograms of hashish.").map((f) => [f.value, f.unit, f.measures]),
    ).toEqual([[210, "kg", "hashish"]]);
  });

  it("reads counts with multipliers and number words, the counted noun as unit", () => {
    expect(
      figures("They seized 1.4 million Captagon pills and two Kalashnikov rifles.").map((f) => [
        f.value,
        f.unit,
      ]),
    ).toEqual([
      [1_400_000, "pills"],
      [2, "rifles"],
    ]);
    expect(
      figures("about 3,500 suspected ISIS members are held").map((f) => [f.value, f.unit, f.text]),
    ).toEqual([[3500, "members", "about 3,500 suspected ISIS members"]]);
  });

  it("gives a bare figure the unit of the count before it in its sentence", () => {
    expect(
      figures("It recorded 87 attacks this year, compared with 61 last year.").map((f) => [f.value, f.unit]),
    ).toEqual([
      [87, "attacks"],
      [61, "attacks"],
    ]);
  });

  it("does not read years, dates, times, year ranges, ages or list numbers as quantities", () => {
    expect(
      figures("In 2019, on 8 December 2024 at 9 a.m., from 2019 to 2021, children under the age of 12."),
    ).toEqual([]);
    expect(figures("Intro\n1. Activity in the Badia")).toEqual([]);
  });
});
