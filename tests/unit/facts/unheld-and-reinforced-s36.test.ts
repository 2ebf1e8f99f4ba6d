import { describe, expect, it } from "vitest";
import type { Tag } from "../../../src/core/facts/events/tags.js";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * Session 36, held-out set 26 (a border force's order of the day): ground told unheld by the
 * forces it lacks, and a unit told reinforced from the receiving side. The tests use other
 * wordings of the same kinds.
 */
function tagged(doc: FactsDocument, tag: Tag) {
  return doc.facts.filter((f) => f.tags?.includes(tag));
}

describe("ground that no longer has any force's presence", () => {
  it("reads areas without any government or army presence as unheld ground", () => {
    for (const text of [
      "The fighters came from villages east of the river that no longer have any government or SDF presence.",
      "Smugglers use valleys near the border that no longer have any army or police presence.",
    ])
      expect(tagged(extract(text), "security-vacuum").length, text).toBeGreaterThan(0);
  });

  it("does not read a company's or a party's missing presence as unheld ground", () => {
    for (const text of [
      "The company no longer has any presence in the Iraqi market.",
      "The brand has no retail presence in Anbar, its director said.",
    ])
      expect(tagged(extract(text), "security-vacuum"), text).toEqual([]);
  });
});

describe("a force reinforced, told from the side that receives", () => {
  it("makes a brigade that received additional companies a troop deployment", () => {
    const doc = extract(
      "The 5th Brigade received three additional battalions from Baghdad on 4 March to hold the border sector.",
    );
    expect(tagged(doc, "troop-deployment")[0]).toMatchObject({ kind: "countermeasure" });
  });

  it("does not read additional requests or funds received as a deployment", () => {
    for (const text of [
      "The ministry received two additional requests for compensation on Monday.",
      "The hospital received additional funds from the donors this year.",
    ])
      expect(tagged(extract(text), "troop-deployment"), text).toEqual([]);
  });
});

describe("a search of ground under way", () => {
  it("makes units combing the desert a security operation", () => {
    const doc = extract(
      "Troops are combing the desert east of Palmyra to hunt the gunmen who fled, the army said.",
    );
    expect(tagged(doc, "counter-terrorism")[0]).toMatchObject({ kind: "countermeasure" });
  });

  it("does not read farmers combing their fields as an operation", () => {
    expect(
      tagged(extract("Farmers are combing the fields for truffles after the rain."), "counter-terrorism"),
    ).toEqual([]);
  });
});
