import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Where someone lives or was born ("his home in X", "a house in X", "born in X") is a place,
 * whatever its name looks like, a kunya-shaped "Abu al-X" or "Umm al-X" among them (set 73's first
 * sight, 728; also 624, 648, 685; issue 10, helper x90). Sentences written for these tests.
 */

const entities = (text: string) => extract(text).entities.map((e) => `${e.type} ${e.name}`);

describe("a name after a dwelling and 'in'", () => {
  it("reads 'a house in Umm al-Tabool' as a place", () => {
    expect(entities("Police raided a house in Umm al-Tabool on Monday.")).toContain("place Umm al-Tabool");
  });

  it("reads 'was born in Abu al-Fulus' as a place beside the person", () => {
    const found = entities("Sabah Kareem was born in Abu al-Fulus and taught there for thirty years.");
    expect(found).toContain("place Abu al-Fulus");
    expect(found).toContain("person Sabah Kareem");
  });

  it("leaves a person after 'confidence in' a person (guard)", () => {
    expect(entities("Police said they had no confidence in Karim al-Jabbari on Monday.")).toEqual([
      "person Karim al-Jabbari",
    ]);
  });
});
