import { describe, expect, it } from "vitest";
import { tagsOf } from "./helpers.js";

describe("units a force moves away from ground it held", () => {
  it("leave that ground", () => {
    for (const text of [
      "After the ministry transferred three battalions from the steppe to the capital in March, the outposts near the oasis stood empty.",
      "The command pulled its armoured regiments away from the river towns last spring.",
    ])
      expect(tagsOf(text, "event"), text).toContain("troop-withdrawal");
  });
  it("but goods or people moved are no force leaving", () => {
    for (const text of [
      "The company moved three warehouses of grain from the port to the capital in March.",
      "Volunteers moved two families from the flooded quarter to a school.",
    ])
      expect(tagsOf(text, "event"), text).not.toContain("troop-withdrawal");
  });
});
