import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * "Iraqi border guards seized one of the shipments near Rabia" (held-out set 72, case 1052): a
 * shipment a border force seizes is a load stopped at the border, `seizures`, mitigator
 * (ANNOTATION.md rule 7), as a consignment or cargo is. A shipment border guards only let through
 * was stopped by nobody. Other forces, places and loads here.
 */

const AT = new Date("2027-07-10T12:00:00Z");
const LEAD = "Smugglers have moved loads across the Iraq-Syria border near Al-Qaim for years, officials say.";
const roles = (sentence: string) =>
  assessStory("cross-border-smuggling", [LEAD, sentence], AT, "Reuters", "2027-07-02").roles(1);

describe("a shipment seized by border guards", () => {
  it.each([
    "Iraqi border guards seized two of the shipments near the Al-Qaim crossing in May, according to the indictment.",
    "Jordanian border guards seized a shipment bound for Syria at the Jaber crossing last week.",
  ])("is a seizure: %s", (sentence) => {
    expect(roles(sentence)).toContain("mitigator:seizures");
  });

  it("but a shipment the guards let through is no seizure", () => {
    expect(
      roles(
        "Iraqi border guards waved two of the shipments through the Al-Qaim crossing in May, according to the indictment.",
      ),
    ).not.toContain("mitigator:seizures");
  });
});
