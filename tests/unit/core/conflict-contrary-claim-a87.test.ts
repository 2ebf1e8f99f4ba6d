import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Who started a prison breakout, as two sources tell it: guards who "blamed an ISIS cell" for the
 * truck bomb that began it, against relatives for whom the unrest "was not planned from outside,
 * contrary to the authorities' claim that an ISIS cell attacked the prison". The party blamed is
 * the doer; a doer named inside a claim the sentence sets itself against is ruled out. Real
 * extractor output of short texts.
 */

const AT = new Date("2027-03-15T12:00:00Z");
const theme = themeFixture("isis-prison-escape");
const outlet = (second: string) =>
  sourceDocument(
    "What happened at Al-Kasra prison",
    `Twelve detainees escaped from the second wing of Al-Kasra prison near Deir ez-Zor during the night of 4 March, the Internal Security Forces said. ${second}`,
    "North Press Agency",
    "2027-03-07",
  );
const rights = (second: string) =>
  sourceDocument(
    "Appeal on Al-Kasra prison",
    `At least twelve detainees escaped from Al-Kasra prison near Deir ez-Zor on the night of 4 March, according to relatives. ${second}`,
    "Syrian Network for Human Rights (urgent appeal)",
    "2027-03-08",
  );
const doerBoxes = (a: string, b: string) =>
  assess(theme, [outlet(a), rights(b)], AT).conflicts.filter((c) => /^Who carried out/.test(c.topic));
const GUARDS =
  "Two guards told us the riot began when a truck bomb exploded at the main gate shortly after midnight, and both blamed an ISIS cell in the Deir ez-Zor countryside.";

describe("conflicts: who started a breakout, blamed on a party or set against a claim", () => {
  it("sets the guards' ISIS cell against the relatives' unrest not planned from outside", () => {
    const boxes = doerBoxes(
      GUARDS,
      "Relatives say the unrest began as a hunger strike and was not planned from outside, contrary to the authorities' claim that an ISIS cell attacked the prison.",
    );
    expect(boxes).toHaveLength(1);
  });

  it("does not box an account that repeats the claim instead of setting itself against it", () => {
    const boxes = doerBoxes(
      GUARDS,
      "Relatives say the unrest began as a hunger strike, and the authorities say an ISIS cell attacked the prison.",
    );
    expect(boxes).toEqual([]);
  });

  it("does not read a cause blamed that is no party as a doer", () => {
    const boxes = doerBoxes(
      "Two guards told us the riot began at the main gate shortly after midnight, and both blamed the heat in the cells.",
      "Relatives say the unrest began as a hunger strike and was not planned from outside, contrary to the authorities' claim that an ISIS cell attacked the prison.",
    );
    expect(boxes).toEqual([]);
  });
});
