import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Set 66 (case 961, ANNOTATION.md rule 12): "Our forces have since added two armoured vehicles
 * and a unit of sixty fighters to the prison's outer cordon" sends forces to the site's guard,
 * a reinforcement, as "added a fourth regiment to the northern sector" is. New wordings.
 */

const deployed = (text: string) =>
  extract(text, "2027-02-10T09:00:00Z").facts.filter(
    (f) => f.kind === "countermeasure" && f.tags?.includes("troop-deployment"),
  );

describe("forces added to a site's cordon or perimeter", () => {
  it("reads men or armoured vehicles added to a cordon, perimeter or garrison as a deployment", () => {
    for (const text of [
      "The camp administration has added forty guards and three armoured vehicles to the camp's perimeter.",
      "Kurdish security forces added a unit of 25 fighters to the detention centre's outer cordon last week.",
    ])
      expect(deployed(text).length, text).toBeGreaterThan(0);
  });

  it("does not read fighters added to a fight card, or vehicles added to a fleet, as a deployment (guard)", () => {
    for (const text of [
      "The promoters added two fighters from Erbil to the card for Friday's boxing gala.",
      "The transport company added three armoured vehicles to its fleet of cash carriers.",
    ])
      expect(deployed(text), text).toEqual([]);
  });
});
