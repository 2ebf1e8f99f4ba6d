import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** A paper named "… Star" is a publication, as "… Times" is (set 69's first sight, helper x84), on text written for these tests. */

describe("a place opening the name of a paper called a Star names the paper", () => {
  it("does not list the town a Star masthead is named after", () => {
    const doc = extract(
      "THE HADITHA STAR\nCommunity Weekly · Detroit · Sunday, May 9, 2027\n\nGunmen shot a shepherd near Rawa on Friday, relatives said.",
      "2027-05-09",
    );
    expect(entityNamed(doc, "Haditha")).toBeUndefined();
    expect(entityNamed(doc, "Rawa")).toBeDefined();
  });

  it("guard: the town the story names in its body stays", () => {
    const doc = extract(
      "THE HADITHA STAR\nCommunity Weekly · Detroit · Sunday, May 9, 2027\n\nGunmen shot a shepherd near Haditha on Friday, relatives said.",
      "2027-05-09",
    );
    expect(entityNamed(doc, "Haditha")).toBeDefined();
  });
});
