import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * A convoy carrying a people's nationals that leaves for, or reaches, a place is a return, as a
 * "convoy of families" is: held-out set 65's case 948 said "Two convoys carrying 1,150 Iraqis left
 * for the Jeddah 1 centre in Nineveh". A convoy carrying soldiers, or one told with no departure or
 * arrival, is no return. Other wordings here.
 */

const returned = (text: string) => extract(text).facts.some((f) => f.tags?.includes("repatriation"));

describe("convoys carrying nationals", () => {
  it("reads a convoy of nationals that left or arrived as a return", () => {
    for (const text of [
      "Three convoys transporting 2,040 Iraqis arrived at the Amiriyat al-Fallujah centre last week.",
      "A convoy taking some 310 Iraqi nationals departed from the camp for Mosul on Sunday.",
    ])
      expect(returned(text), text).toBe(true);
  });

  it("does not read a convoy of soldiers, or a convoy ambushed, as a return", () => {
    for (const text of [
      "A convoy carrying 85 Iraqi soldiers left for the Rutba sector on Monday.",
      "A convoy carrying 12 Iraqis was ambushed on the road near Rutba.",
    ])
      expect(returned(text), text).toBe(false);
  });
});
