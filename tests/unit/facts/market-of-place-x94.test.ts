import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * "in the main market of Safwan": the name after "the market of" is the town whose market it is,
 * a place (set 75's first sight, 748; issue 10, helper x94). Sentences written for these tests.
 */

const places = (text: string) =>
  extract(text)
    .entities.filter((e) => e.type === "place")
    .map((e) => e.name);

describe("a name after 'the market of'", () => {
  it("reads the town whose market it is", () => {
    expect(
      places("A grenade was thrown into a shop in the old market of Tuwaisa late on Monday night."),
    ).toContain("Tuwaisa");
  });
  it("leaves a kunya after 'the market of' a person (guard)", () => {
    expect(places("Traders in the market of Abu Hassan said prices rose.")).toEqual([]);
  });
});
