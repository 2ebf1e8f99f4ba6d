import { describe, expect, it } from "vitest";
import { intoCountry, sweepingCrossing } from "../../../src/core/themes/conflicts-claims.js";

/**
 * A denial that anyone crossed at all, naming neither place nor date ("No group has entered Iraqi
 * territory", "No breach of the line occurred"): it answers the accounts of a crossing told in the
 * week before it.
 */
describe("sweepingCrossing", () => {
  it("reads entering a country's territory as a crossing denied", () => {
    expect(
      sweepingCrossing("No group has entered Iraqi territory, and the reports on social media are baseless."),
    ).toBe(true);
    expect(sweepingCrossing("A: Not one of them set foot on our soil, whatever some channels say.")).toBe(
      true,
    );
  });

  it("reads getting past or through a line, by none, as a crossing denied", () => {
    expect(sweepingCrossing('"Nobody got through our fence last night," the colonel said.')).toBe(true);
    expect(sweepingCrossing("Not one of the smugglers made it past the berm.")).toBe(true);
    expect(sweepingCrossing("The smugglers got past the berm, and no one stopped them.")).toBe(false);
  });

  it("reads a breach or an incursion said not to have occurred", () => {
    expect(
      sweepingCrossing("No breach of the line occurred, and the sons of our tribes were vigilant."),
    ).toBe(true);
    expect(sweepingCrossing("No incursion has taken place.")).toBe(true);
  });

  it("is no denial where a crossing is told and something else denied", () => {
    expect(sweepingCrossing("Militants crossed the border and no one was hurt.")).toBe(false);
    expect(sweepingCrossing("No attack took place at the base.")).toBe(false);
  });
});

describe("intoCountry", () => {
  it("makes entering a country a crossing, not entering a village or a base", () => {
    expect(intoCountry("they entered syrian territory")).toBe("they crossed");
    expect(intoCountry("militants entered the village")).toBe("militants entered the village");
    expect(intoCountry("forces entered the base")).toBe("forces entered the base");
  });
});
