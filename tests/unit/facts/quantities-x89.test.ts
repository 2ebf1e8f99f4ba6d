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
