import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * Session 67 (y79): capitalised words that name no entity on their own, and a lake named by its
 * town. Sentences written for these tests.
 */

const names = (doc: FactsDocument) => doc.entities.map((e) => e.name);
const typed = (doc: FactsDocument) => doc.entities.map((e) => `${e.type}:${e.name}`);

describe("'Lake' before a known place", () => {
  it("reads 'Lake Haditha' as one place, not 'Lake' and the town", () => {
    const doc = extract("Two fishermen were shot on Lake Haditha on Monday, the police in Anbar said.");
    expect(names(doc)).toContain("Lake Haditha");
    expect(names(doc)).not.toContain("Lake");
  });

  it("keeps the town alone where no 'Lake' stands before it (guard)", () => {
    const doc = extract("Two fishermen were shot near Haditha on Monday, the police in Anbar said.");
    expect(names(doc)).toContain("Haditha");
    expect(names(doc).some((n) => /lake/i.test(n))).toBe(false);
  });
});

describe("'central' before a governorate named after its city", () => {
  it("reads 'central Raqqa' as Raqqa itself, not a region", () => {
    const doc = extract("A mortar shell fell on a bakery in central Raqqa on Tuesday, killing a baker.");
    expect(names(doc)).toContain("Raqqa");
    expect(names(doc).some((n) => /central/i.test(n))).toBe(false);
  });

  it("keeps 'eastern Raqqa' a region of its own (guard)", () => {
    const doc = extract("A mortar shell fell on a bakery in eastern Raqqa on Tuesday, killing a baker.");
    expect(names(doc).some((n) => /^eastern raqqa$/i.test(n))).toBe(true);
  });
});

describe("a site's code of capitals and a number", () => {
  it("does not read 'ANB-205' as a body called ANB", () => {
    const doc = extract(
      "Gunmen stole the batteries at site ANB-205 near Ramadi on Sunday. Guards at ANB-205 were doubled.",
    );
    expect(names(doc)).not.toContain("ANB");
    expect(names(doc)).toContain("Ramadi");
  });

  it("keeps an acronym that stands alone as a body (guard)", () => {
    const doc = extract("The SDF said it had arrested two men near Shaddadi on Sunday.");
    expect(typed(doc)).toContain("organization:Syrian Democratic Forces");
  });
});

describe("words of an office's title", () => {
  it("reads no person or place in 'Director General of Water Distribution for the Southern Region'", () => {
    const doc = extract(
      "The Director General of Water Distribution for the Southern Region, Engineer Karim Jaber Hassan, said the pipes had been cut.",
    );
    expect(names(doc)).toEqual(["Karim Jaber Hassan"]);
  });

  it("keeps a named region with 'Region' in it (guard)", () => {
    const doc = extract("Engineer Karim Jaber Hassan said the pipes in the Kurdistan Region had been cut.");
    expect(names(doc)).toContain("Kurdistan Region");
  });
});
