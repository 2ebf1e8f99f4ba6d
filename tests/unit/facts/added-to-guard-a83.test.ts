import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Units told in the passive as added, assigned or attached to a site's guard, garrison, cordon or
 * perimeter are deployed there (held-out set 67's case 975: "Two companies of the council's
 * fighters have been added to the guard of the prison"). Other wordings of the class.
 */

const deployed = (text: string) =>
  extract(text, "2027-01-20T00:00:00Z").facts.filter(
    (f) => f.kind === "countermeasure" && f.tags?.includes("troop-deployment"),
  );

describe("units added to a site's guard", () => {
  it("are deployed there", () => {
    for (const text of [
      "A third battalion of Asayish fighters was attached to the garrison of the Ghwayran prison in March.",
      "Three platoons of the regiment have been assigned to the perimeter of the Roj camp since the riot.",
    ])
      expect(deployed(text).length, text).toBeGreaterThan(0);
  });
  it("but not units added to a guard of honour, or a guard post told as a place", () => {
    for (const text of [
      "Three platoons of the regiment were added to the guard of honour for the minister's visit.",
      "Three platoons of the regiment were assigned to the guard house kitchen for the holiday.",
    ])
      expect(deployed(text), text).toEqual([]);
  });
});
