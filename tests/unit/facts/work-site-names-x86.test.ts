import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * A working site named with its capitalised noun after a name (set 71's first sight, 702's
 * "al-Asil Stud", issue 10, helper x86). Sentences written for these tests.
 */

const entities = (text: string) => extract(text).entities.map((e) => ({ type: e.type, name: e.name }));

describe("a named working site", () => {
  it("is a place where what is reported happened", () => {
    const found = entities(
      "Thieves drove off thirty sheep from al-Rawda Farm near Salamiyah on Saturday night.",
    );
    expect(found).toContainEqual({ type: "place", name: "al-Rawda Farm" });
  });

  it("reads the site's noun only when it is capitalised after a name (guard)", () => {
    const found = entities(
      "Thieves drove off thirty sheep from a farm near Salamiyah on Saturday night.",
    ).map((e) => e.name);
    expect(found).toEqual(["Salamiyah"]);
  });

  it("reads a quarter named by its homes as a place", () => {
    const found = entities(
      "A grenade was thrown at a car parked on the edge of the Northern Gardens, near the Qudsaya roundabout, on Friday.",
    );
    expect(found).toContainEqual({ type: "place", name: "Northern Gardens" });
  });

  it("reads no quarter in the homes' noun in lower case (guard)", () => {
    const found = entities("A grenade was thrown at a car parked by the villas near Qudsaya on Friday.").map(
      (e) => e.name,
    );
    expect(found).toEqual(["Qudsaya"]);
  });
});
