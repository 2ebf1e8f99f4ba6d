import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 57 (helper "f52"): extractor readings prompted by analytic set 52. The sentences are
 * invented; each reads a class of wording, not a fixture's text.
 */

const facts = (text: string) => extract(text, "2026-12-28T09:00:00Z").facts;
const barriers = (text: string) =>
  facts(text).filter((f) => f.kind === "countermeasure" && f.tags?.includes("fortification"));
const tagged = (text: string, tag: string) => facts(text).filter((f) => f.tags?.includes(tag));

describe("a barrier whose breach is denied", () => {
  it("reads a fence or wall told not breached as standing", () => {
    for (const text of [
      "No guard was hurt, and neither the fence nor the ditch in that stretch was breached.",
      "No section of the border fence was cut during the night.",
    ]) {
      const b = barriers(text);
      expect(b.length, text).toBeGreaterThan(0);
      expect(
        b.every((f) => f.modality === "asserted"),
        text,
      ).toBe(true);
    }
  });

  it("still denies a barrier told not built or not there", () => {
    for (const text of [
      "No wall has been built along this stretch of the border.",
      "There is no fence on the border near the crossing.",
    ]) {
      const b = barriers(text);
      expect(b.length, text).toBeGreaterThan(0);
      expect(
        b.every((f) => f.modality === "negated"),
        text,
      ).toBe(true);
    }
  });
});

describe("forces told leaving", () => {
  it("reads troops that have begun leaving, or are leaving, a country as a withdrawal", () => {
    for (const text of [
      "Italian troops have begun leaving the country, a spokesman said.",
      "The advisers are leaving Erbil this month.",
    ])
      expect(tagged(text, "troop-withdrawal").length, text).toBeGreaterThan(0);
  });

  it("does not read troops leaving things behind as a withdrawal", () => {
    const text = "The troops were leaving behind their vehicles.";
    expect(tagged(text, "troop-withdrawal"), text).toEqual([]);
  });
});

describe("a supply a backer paid for, told ended", () => {
  it("reads US-funded deliveries to a force's camps that stopped as support cut", () => {
    const text = "US-funded food deliveries to the guard force's camps stopped in May when the grant lapsed.";
    expect(tagged(text, "troop-withdrawal").length, text).toBeGreaterThan(0);
  });

  it("does not read deliveries to schools, or deliveries that continued, as support cut", () => {
    for (const text of [
      "US-funded meal deliveries to the town's schools stopped in May.",
      "US-funded food deliveries to the guard force's camps continued, while the bakery stopped its run in May.",
    ])
      expect(tagged(text, "troop-withdrawal"), text).toEqual([]);
  });
});
