import { describe, expect, it } from "vitest";
import { callForOnly } from "../../../src/core/themes/relevance.js";
import { assessStory } from "../../support/themes.js";

/**
 * Set 66 (case 969), in wording of its own: "Deputies called for doubling the budget of the border
 * guards and for harsher sentences for smugglers" asks for measures; it tells no smuggling. What
 * the sentence goes on to tell in a clause of its own ("... and said ...") is still told.
 */

const AT = new Date("2027-03-01T12:00:00Z");
const roles = (sentence: string) =>
  assessStory(
    "cross-border-smuggling",
    [
      "Senators said that drug smuggling across the border with Syria at the Jaber crossing has grown since the summer.",
      sentence,
    ],
    AT,
    "Jordanian Senate (minutes of session)",
    "2027-02-20",
  ).roles(1);

describe("a call for measures against smuggling", () => {
  it("reads 'called for' harsher penalties for smugglers as asked for, not told", () => {
    expect(
      roles(
        "Several senators called for doubling the pay of the border guards and for tougher penalties for smugglers.",
      ),
    ).toEqual([]);
  });

  it("still reads what the sentence goes on to say was done (guard)", () => {
    expect(
      roles(
        "One senator called for longer prison terms and said the army had seized 300,000 pills from smugglers at the Jaber crossing in January.",
      ),
    ).toEqual(["mitigator:seizures"]);
  });

  it("does not read a patrol that called for reinforcements in a fight as a call only (guard)", () => {
    const sentenceText =
      "The patrol called for reinforcements after gunmen opened fire on it near the crossing.";
    expect(callForOnly({ text: "gunmen opened fire on it", sentenceText })).toBe(false);
    expect(callForOnly({ text: "The patrol called for reinforcements", sentenceText })).toBe(false);
  });
});
