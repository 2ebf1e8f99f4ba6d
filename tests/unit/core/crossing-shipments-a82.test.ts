import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * Set 66 (case 968, ANNOTATION.md rules 3 and 7), in wording of its own: "It is the fourth
 * shipment seized at the Al-Qaim crossing since December, all of them hidden in cargo trucks" is
 * a tally of loads stopped at a crossing on the border, the theme's stopping factor, though the
 * sentence names no force (the post's author is the force). The crossing stands for the force as
 * the border-force actor does in the pattern for seized consignments and cargo; a crossing off the
 * Iraq–Syria and Jordan–Syria borders does not.
 */

const AT = new Date("2027-03-01T12:00:00Z");
const roles = (sentence: string) =>
  assessStory(
    "cross-border-smuggling",
    [sentence],
    AT,
    "Jordan Customs Department (Facebook page)",
    "2027-02-20",
  ).roles(0);

describe("shipments seized at a border crossing", () => {
  it("reads a count of shipments seized at a crossing on the border as seizures", () => {
    expect(
      roles(
        "It is the fifth consignment seized at the Jaber crossing this winter, each hidden in a fruit lorry.",
      ),
    ).toEqual(["mitigator:seizures"]);
  });

  it("leaves shipments let through, or seized at a crossing on another border, alone (guard)", () => {
    expect(
      roles(
        "It is the fifth consignment let through the Jaber crossing this winter, each carried in a fruit lorry.",
      ),
    ).toEqual([]);
    expect(
      roles(
        "It is the fifth consignment seized at the Bab al-Hawa crossing this winter, each hidden in a fruit lorry.",
      ),
    ).toEqual([]);
  });
});
