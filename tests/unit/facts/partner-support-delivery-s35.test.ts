import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Support to a partner force told as equipment delivered to it, as its training or salaries
 * funded, or as work done together with it: session 35 found these kinds in held-out sets 14, 17
 * and 19 (a spokesman's thread, a justice office's statement, a guard company's log). The tests
 * use other wordings of the same kinds.
 */

const supports = (text: string) =>
  extract(text).facts.some((f) => f.kind === "countermeasure" && f.tags?.includes("partner-support"));

describe("support to a partner force told as delivery, funding or joint work", () => {
  it("reads equipment delivered or donated to a partner or guard force as support", () => {
    for (const text of [
      "US advisers delivered ten armoured vehicles and night-vision goggles to the camp guard forces last week.",
      "The coalition has donated radios and body armour to the SDF units at Al-Hol.",
    ])
      expect(supports(text), text).toBe(true);
  });

  it("reads the training or salaries of a force funded by another as support", () => {
    for (const text of [
      "Washington is funding the salaries of the guards at the Hasakah prisons until March.",
      "The coalition financed the equipping and the training of the protection units this year.",
    ])
      expect(supports(text), text).toBe(true);
  });

  it("reads work done together with a partner force as support", () => {
    expect(
      supports("Coalition officers patrolled the perimeter jointly with partner forces on Sunday."),
    ).toBe(true);
  });

  it("does not read goods delivered to civilians, or funding of a building, as support", () => {
    for (const text of [
      "The company delivered flour and cooking oil to the families in the camp.",
      "The municipality is funding the rehabilitation of the old market in Hasakah.",
    ])
      expect(supports(text), text).toBe(false);
  });
});
