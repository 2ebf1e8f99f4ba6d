import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * A detention site's guard force told by its number is the force holding the site: held-out set
 * 65's case 947 had the Internal Security Forces say "The camp is guarded by more than 400 members
 * of our forces". A guard told as cut ("instead of"), or told with no number, is not read here.
 * Other wordings here.
 */

const guardPosture = (text: string) =>
  extract(text).facts.some(
    (f) =>
      f.kind === "countermeasure" &&
      f.tags?.includes("troop-deployment") &&
      f.tags?.includes("detention-facility"),
  );

describe("a detention site's guard force told by its number", () => {
  it("reads it as the site's guard posture", () => {
    for (const text of [
      "The prison in Ghwayran is now guarded by about 1,200 Asayish fighters, the spokesman said.",
      "Each annex of the camp is secured by at least 150 guards from the Internal Security Forces.",
    ])
      expect(guardPosture(text), text).toBe(true);
  });

  it("does not read a guard told as cut, or told with no number, as such", () => {
    for (const text of [
      "The eastern wing was guarded by 12 men instead of 30 after the transfer.",
      "The prison is guarded by tired conscripts who have not been paid since the summer.",
    ])
      expect(guardPosture(text), text).toBe(false);
  });
});
