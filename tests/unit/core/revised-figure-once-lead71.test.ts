import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * Rule 14 of the analytic convention (session 71): a figure its own article later says was revised
 * counts once, from the revision. 913's briefing cited both the command's first count and the
 * army's corrected one under seizures: one seizure, counted twice.
 */
const AT = new Date("2027-03-01T12:00:00Z");

describe("a seizure whose first figure the article later revises", () => {
  it("cites the revision alone", () => {
    const { roles } = assessStory(
      "cross-border-smuggling",
      [
        "On 3 February the army's Northern Region Command said it had foiled an attempt to smuggle 3.4 million Captagon pills from Syrian territory.",
        "In a statement on Sunday, the army said a full count had found 1.8 million pills, and that the first figure had been an estimate.",
      ],
      AT,
      "Jordan Television",
      "2027-02-09",
    );
    expect(roles(0)).toEqual([]);
    expect(roles(1)).toEqual(["mitigator:seizures"]);
  });

  it("keeps an earlier seizure of another figure, which the correction does not name (guard)", () => {
    const { roles } = assessStory(
      "cross-border-smuggling",
      [
        "The Border Forces have seized more than 30 million pills on the Syrian frontier since January.",
        "Correction: an earlier version of this report said 9 million pills were seized at Al-Qaim on Monday; the correct figure is 0.9 million.",
      ],
      AT,
      "Iraqi News Agency",
      "2027-02-09",
    );
    expect(roles(0)).toEqual(["mitigator:seizures"]);
  });
});
