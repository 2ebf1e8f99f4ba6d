import { describe, expect, it } from "vitest";
import { datesOf, extract } from "./helpers.js";

/**
 * Session x82: dates that belong to another clause than the happening's. Sentences written for
 * these tests.
 */

describe("a date inside a relative clause before the trigger", () => {
  it("dates the relative clause, not the happening the main clause tells", () => {
    const doc = extract(
      "Published Friday 20 November 2026\n\nWe are sad to report that Tom Hale, who drove for the regiment from 2001 to 2012 and retired as a corporal, was injured in a mortar attack on a convoy near Kirkuk, on the evening of 14 November.",
    );
    expect(datesOf(doc, /was injured/)).toEqual(["2026-11-14"]);
  });

  it("guard: a date in the main clause before the trigger still dates it", () => {
    const doc = extract(
      "Published Friday 20 November 2026\n\nOn 14 November Tom Hale, who drove for the regiment, was injured in a mortar attack on a convoy near Kirkuk.",
    );
    expect(datesOf(doc, /was injured/)).toEqual(["2026-11-14"]);
  });
});

describe("a day between 'said in a statement' and its that-clause is the statement's", () => {
  it("'two days after the attack' counts from the attack's day, not the statement's", () => {
    const doc = extract(
      "Published Monday 23 November 2026\n\nThree rockets hit a police post near Tuz Khurmatu on the night of 15 November, wounding three officers.\n\nThe police command said in a statement the following day that the rockets had been fired from the hills to the east. Two days after the attack, police arrested three men in a village near the town, an officer said.",
    );
    expect(datesOf(doc, /police arrested three men/)).toEqual(["2026-11-17"]);
  });

  it("guard: 'the following day' that dates the happening itself still counts on from it", () => {
    const doc = extract(
      "Published Monday 23 November 2026\n\nA drone struck a police post near Tuz Khurmatu on the night of 15 November, wounding three officers. A second drone struck the same post the following day. Two days after the attack, police arrested three men in a village near the town.",
    );
    expect(datesOf(doc, /police arrested three men/)).toEqual(["2026-11-18"]);
  });
});
