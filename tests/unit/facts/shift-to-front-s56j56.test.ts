import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 56 (helper j56): a guard shift told smaller because its other members were sent to a
 * front. Invented sentences, not the fixtures' text.
 */

const diverted = (text: string) =>
  extract(text).facts.some(
    (f) =>
      f.kind === "countermeasure" &&
      f.tags?.includes("troop-withdrawal") === true &&
      f.tags.includes("detention-facility"),
  );

describe("a shift whose other members were sent to a front", () => {
  it("reads the shift as guards taken from their site", () => {
    for (const text of [
      "We were thirty on each night shift in the spring, and now we are twelve, because the rest were sent to the front.",
      "There used to be twenty of us on every shift, but the others have been moved to the front near the river.",
    ])
      expect(diverted(text), text).toBe(true);
  });

  it("does not read a shift told of without a front, or others sent elsewhere, as guards diverted", () => {
    for (const text of [
      "We were thirty on each night shift in the spring, and now we are twelve, because the rest found better jobs.",
      "The bakery kept ten workers on each shift, and the others were sent to the new shop in the market.",
    ])
      expect(diverted(text), text).toBe(false);
  });
});
