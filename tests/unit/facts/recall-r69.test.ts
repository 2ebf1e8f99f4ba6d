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

describe("money voted for a partner force's pay, told fallen", () => {
  it("is support cut, also told by what it was voted for first", () => {
    for (const text of [
      "The budget allocated for wages and vehicles for the Kurdish-led guard force dropped from 90 million dollars in 2024 to 70 million in 2025.",
      "Funding earmarked for rations for the partner forces fell from 40 million to 25 million this year.",
    ])
      expect(tagsOf(text, "event"), text).toContain("troop-withdrawal");
  });
  it("but money for schools or roads told fallen is not", () => {
    expect(
      tagsOf(
        "Funds allocated for books and desks for the village schools fell from 9 million to 7 million.",
        "event",
      ),
    ).not.toContain("troop-withdrawal");
  });
});
