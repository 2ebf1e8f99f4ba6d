import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * Coalition aircraft from Al-Tanf providing surveillance for a Syrian operation in the desert ("Coalition
 * aircraft from the base at Al-Tanf provided surveillance for the operation") are the coalition's
 * presence in the Badia, the `coalition-presence` mitigator: held-out set 71's case 1040 lost it,
 * since the factor read only deployments and combat. Surveillance told by what was watched ("weeks
 * of surveillance of the official's movements", set 1's case 14) tells of the quarry, and stays
 * out. Other operations and places here.
 */

const AT = new Date("2027-03-01T12:00:00Z");
const roles = (sentence: string) =>
  assessStory("isis-badia-insurgency", [sentence], AT, "Reuters", "2027-02-20").roles(0);

describe("coalition surveillance for an operation in the desert", () => {
  it.each([
    "Coalition aircraft based at Al-Tanf provided surveillance for the army's sweep of the hills east of Palmyra, a commander said.",
    "Coalition drones from the Al-Tanf garrison provided surveillance over the desert road to Deir ez-Zor during the operation, officers said.",
  ])("is the coalition's presence: %s", (sentence) => {
    expect(roles(sentence)).toContain("mitigator:coalition-presence");
  });

  it("but surveillance told by the quarry it watched is not", () => {
    expect(
      roles(
        "The raid followed months of surveillance of the cell's movements near Palmyra by coalition aircraft, the spokesman said.",
      ),
    ).not.toContain("mitigator:coalition-presence");
  });
});
