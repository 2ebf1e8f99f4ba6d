import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * "The Church of Mar Addai": a house of worship named by its capitalised noun, "of" and the saint
 * or person it is dedicated to is one place named by all of it, not the saint as a place (set 73's
 * first sight, 722; also 537, 628, 651, 678; issue 10, helper x90). Sentences written for these tests.
 */

const places = (text: string) =>
  extract(text)
    .entities.filter((e) => e.type === "place")
    .map((e) => e.name);

describe("a church named after its saint", () => {
  it("reads 'the Church of Mar Gewargis' as one place, not 'Mar Gewargis'", () => {
    const found = places(
      "A petrol bomb was thrown at the door of the Church of Mar Gewargis on Sunday night.",
    );
    expect(found).toContain("Church of Mar Gewargis");
    expect(found).not.toContain("Mar Gewargis");
  });

  it("reads 'the Church of the Virgin Mary' and 'the Church of al-Adhra' whole", () => {
    expect(places("Attackers set fire to the Church of the Virgin Mary in Telesqof.")).toContain(
      "Church of the Virgin Mary",
    );
    expect(places("Attackers set fire to the Church of al-Adhra in Telesqof.")).toContain(
      "Church of al-Adhra",
    );
  });

  it("leaves a denomination named by its country or region alone (guard)", () => {
    const found = places("A statement from the Church of England condemned the attack in Telesqof.");
    expect(found).not.toContain("Church of England");
  });
});
