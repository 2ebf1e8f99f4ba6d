import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** An ensemble, an orchestra, a choir or a troupe is a body (set 69's first sight, helper x84), on text written for these tests. */

describe("a music group named with its noun is an organization", () => {
  it("names the ensemble with its town, not a place", () => {
    const doc = extract(
      "The concert was to feature the Basra Chamber Strings Ensemble and a singer from Najaf. Police in Basra said the hall had been threatened.",
      "2027-02-11",
    );
    expect(entityNamed(doc, "Basra Chamber Strings Ensemble")?.type).toBe("organization");
    expect(doc.entities.filter((e) => e.type === "place").map((e) => e.name)).not.toContain(
      "Chamber Strings Ensemble",
    );
  });

  it("reads an orchestra and a choir the same way", () => {
    const doc = extract(
      "The Kirkuk Youth Orchestra and the Ankawa Parish Choir sang for the victims on Sunday.",
      "2027-02-11",
    );
    expect(entityNamed(doc, "Kirkuk Youth Orchestra")?.type).toBe("organization");
    expect(entityNamed(doc, "Ankawa Parish Choir")?.type).toBe("organization");
  });

  it("guard: the noun in lower case names no body", () => {
    const doc = extract("A string orchestra played in Mosul's Old City on Friday.", "2027-02-11");
    expect(doc.entities.map((e) => e.name.toLowerCase())).not.toContain("orchestra");
    expect(entityNamed(doc, "Mosul")).toBeDefined();
  });
});
