import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

const figures = (text: string) =>
  extract(text)
    .facts.filter((f) => f.kind === "quantity")
    .map((f) => ({ value: f.value, unit: f.unit, measures: f.measures }));

describe("quantities: a count a verb of reckoning puts at a figure", () => {
  it("reads the object of 'put ... at' as what the figure counts, 'the number of' passed over", () => {
    expect(
      figures(
        "Local officials put the number of French advisers in the province at closer to 300 this spring.",
      ),
    ).toEqual([{ value: 300, unit: "advisers", measures: "French advisers" }]);
    expect(
      figures(
        "The ministry's memo puts the guards that will stay at the camp after the handover at about 450.",
      ),
    ).toEqual([{ value: 450, unit: "guards", measures: "guards" }]);
  });

  it("reads no count where the object is not a plural noun, or the figure is a time", () => {
    expect(figures("The mayor estimated the damage to the market at close to 40.")).toEqual([]);
    expect(figures("The guards put the prisoners on the bus at 9 pm.")).toEqual([]);
  });

  it("reads 'the real figure will be' as a restated count of the count before it", () => {
    expect(
      figures(
        "The plan puts the advisers who will remain in Basra at about 900. An officer told us the real figure will be closer to 400.",
      ).map((f) => [f.value, f.unit]),
    ).toEqual([
      [900, "advisers"],
      [400, "advisers"],
    ]);
    expect(
      figures(
        "The plan puts the advisers who will remain in Basra at about 900. An officer told us the real problem will be the 400 vacancies.",
      ).map((f) => [f.value, f.unit]),
    ).toEqual([
      [900, "advisers"],
      [400, "vacancies"],
    ]);
  });

  it("reads a bare count that remains, after a saying verb, as a count of what the sentence before counted", () => {
    expect(
      figures(
        "Western officials believe that about 2,000 PKK fighters are based in the Qandil hills. Ankara says fewer than 500 remain there.",
      ).map((f) => [f.value, f.unit]),
    ).toEqual([
      [2000, "fighters"],
      [500, "fighters"],
    ]);
    expect(
      figures(
        "Western officials believe that about 2,000 PKK fighters are based in the Qandil hills. Fewer than 500 villages remain inhabited.",
      ).map((f) => [f.value, f.unit]),
    ).toEqual([
      [2000, "fighters"],
      [500, "villages"],
    ]);
  });
});
