import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";
import { assessStory } from "../../support/themes.js";

/**
 * Drones a force flies over ground ("border guards have flown drones over the villages every
 * night") watch that ground, whatever it is called: surveillance, as drones flown along a border
 * line are. Held-out set 68's case 993 lost the Iraqi border guards' nightly drones over the
 * border villages (no fact); other forces, places and times here.
 */

const AT = new Date("2027-03-01T12:00:00Z");
const watches = (text: string) =>
  extractFacts({ id: "t", title: "t", text }).facts.some(
    (f) => f.kind === "countermeasure" && f.tags?.includes("surveillance"),
  );

describe("drones a force flies over ground", () => {
  it.each([
    "Iraqi border guards have flown drones over the farms near Rabia every evening since December.",
    "Army units now fly drones over the hamlets south of Al-Qaim at dawn.",
  ])("are surveillance: %s", (text) => {
    expect(watches(text)).toBe(true);
  });

  it("and count as surveillance of the border", () => {
    const { roles } = assessStory(
      "border-fortification",
      [
        "Smugglers move sheep and cigarettes across the border north of Rabia at night, farmers told the station.",
        "Iraqi border guards have flown drones over the farms near Rabia every evening since December.",
      ],
      AT,
      "Reuters",
      "2027-02-20",
    );
    expect(roles(1)).toContain("mitigator:surveillance");
  });

  it("but drones ISIS cells fly, or a force's drones that struck, are not", () => {
    expect(
      watches("ISIS cells have flown drones over the farms near Rabia every evening since December."),
    ).toBe(false);
    expect(watches("Army units flew drones over the hamlets south of Al-Qaim and struck a car.")).toBe(false);
  });
});
