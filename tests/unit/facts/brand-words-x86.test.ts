import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * One word joined from two capitalised words is a firm's, a network's or an outlet's brand (set
 * 71's first sight, 708's "SahelNet", issue 10, helper x86). Sentences written for these tests.
 */

const entities = (text: string) => extract(text).entities.map((e) => ({ type: e.type, name: e.name }));

describe("a brand written as one word of two capitalised parts", () => {
  it("names a body when it acts or speaks", () => {
    const found = entities(
      "Sabotage cut the water supply of Qamishli on Monday. The engineer Omar Said said AquaLink had asked the Asayish for guards at its pumping station.",
    );
    expect(found).toContainEqual({ type: "organization", name: "AquaLink" });
  });

  it("names nothing as a hashtag, as a product's modifier, or as a cable's clipped title (guard)", () => {
    const found = entities(
      [
        "We compared two SkyFrame images of the pumping station near Qamishli.",
        "",
        "DepOff met the governor on Tuesday.",
        "",
        "#WaterWatch #Qamishli",
      ].join("\n"),
    ).map((e) => e.name);
    expect(found).not.toContain("SkyFrame");
    expect(found).not.toContain("DepOff");
    expect(found).not.toContain("WaterWatch");
  });
});
