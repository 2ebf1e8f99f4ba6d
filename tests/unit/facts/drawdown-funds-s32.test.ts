import { describe, expect, it } from "vitest";
import type { Tag } from "../../../src/core/facts/events/tags.js";
import { extract } from "./helpers.js";

/**
 * A drawdown told as a noun, as advisers cut, or as money cut from a partner force, and a force
 * counted as "personnel": session 32's held-out set 18 told these in an appropriations summary and
 * a coalition fact sheet. The tests use other wordings of the same classes.
 */

const tagged = (text: string, tag: Tag) => extract(text).facts.filter((f) => f.tags?.includes(tag));

describe("a drawdown told as a noun or as advisers cut", () => {
  it("reads the move of forces out of a country, told as a noun, as a withdrawal", () => {
    for (const text of [
      "The plan pays for the relocation of American troops out of Baghdad by the spring.",
      "Officials discussed the transfer of coalition forces out of Anbar province.",
    ])
      expect(tagged(text, "troop-withdrawal").length, text).toBeGreaterThan(0);
  });

  it("does not read the move of goods or people out of a place as a withdrawal", () => {
    expect(
      tagged("The transfer of wheat out of the silos in Mosul took three days.", "troop-withdrawal"),
    ).toEqual([]);
  });

  it("reads a state that reduced its advisers as cutting its own force", () => {
    expect(
      tagged("Britain has reduced its advisers with the Peshmerga since the spring.", "troop-withdrawal")
        .length,
    ).toBeGreaterThan(0);
  });
});

describe("money cut from a partner force", () => {
  it("reads funding cut for a partner force as a support cut, not as support given", () => {
    const text =
      "The budget slashes the assistance fund for the Peshmerga by a third, including the salaries of its border units.";
    const doc = extract(text);
    expect(doc.facts.some((f) => f.tags?.includes("troop-withdrawal"))).toBe(true);
    expect(doc.facts.some((f) => f.kind === "countermeasure" && f.tags?.includes("partner-support"))).toBe(
      false,
    );
  });

  it("still reads training given to a partner force as support", () => {
    const doc = extract("The coalition continues to train and equip the Peshmerga's border brigades.");
    expect(doc.facts.some((f) => f.kind === "countermeasure" && f.tags?.includes("partner-support"))).toBe(
      true,
    );
    expect(doc.facts.some((f) => f.tags?.includes("troop-withdrawal"))).toBe(false);
  });
});

describe("a force counted as personnel", () => {
  it("tags a number of personnel, bare or of a military, as a force", () => {
    for (const text of [
      "Washington will retain some 900 personnel at the Al-Tanf garrison next year.",
      "About 3,000 US personnel are based in the region.",
    ]) {
      const figures = extract(text).facts.filter((f) => f.kind === "quantity");
      expect(
        figures.some((f) => f.tags?.includes("troop-deployment")),
        text,
      ).toBe(true);
    }
  });

  it("does not tag personnel of another trade as a force", () => {
    const figures = extract("The hospital hired 40 medical personnel in October.").facts.filter(
      (f) => f.kind === "quantity",
    );
    expect(figures.some((f) => f.tags?.includes("troop-deployment"))).toBe(false);
  });
});
