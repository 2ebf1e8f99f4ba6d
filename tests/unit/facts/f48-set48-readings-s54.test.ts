import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 54, helper f48 (held-out analytic set 48): readings of the extractor that set 48 showed
 * missing, tested on sentences written for these tests.
 */

const facts = (text: string) => extract(text, "2026-12-20T09:00:00Z").facts;
const tagged = (text: string, tag: string) => facts(text).filter((f) => f.tags?.includes(tag));

describe("raids that fall on a state force's posts", () => {
  it("reads insurgents' raids on army or police posts as their attacks, not counter-terrorism", () => {
    for (const text of [
      "The militants carried out 14 attacks in Anbar in September, most of them night raids on army posts.",
      "Insurgents launched several attacks in Tikrit last month, among them raids against police checkpoints.",
    ])
      expect(tagged(text, "counter-terrorism"), text).toEqual([]);
  });

  it("still reads a force's raids on hideouts or on ISIS positions as counter-terrorism", () => {
    for (const text of [
      "Army commandos raided three hideouts near Rutba on Tuesday.",
      "The Counter-Terrorism Service carried out raids on ISIS positions in the Hamrin hills on Monday.",
    ])
      expect(tagged(text, "counter-terrorism").length, text).toBeGreaterThan(0);
  });
});

describe("units added on a border", () => {
  it("reads companies or battalions added on a border, or along it, as a deployment", () => {
    for (const text of [
      "Jordan's army said on Sunday it had added three companies on the border opposite Jaber after the attack.",
      "The Border Guard added a battalion along the border north of Sinjar last week.",
    ])
      expect(tagged(text, "troop-deployment").length, text).toBeGreaterThan(0);
  });

  it("does not read a company added to a list, or a business on a border town, as one", () => {
    expect(
      tagged("The ministry added two companies on its list of approved contractors.", "troop-deployment"),
    ).toEqual([]);
  });
});

describe("held people who leave their site unlawfully, and a backer that ends its funding", () => {
  it("reads people who left a camp or prison unlawfully or illegally as an escape", () => {
    for (const text of [
      "The camp's management said four residents left the camp unlawfully on Friday night.",
      "Two inmates left the prison illegally during the storm, the ministry said.",
    ])
      expect(tagged(text, "escape").length, text).toBeGreaterThan(0);
  });

  it("does not read a family that left the country illegally as an escape", () => {
    expect(tagged("The family left the country illegally in 2019 and settled in Germany.", "escape")).toEqual(
      [],
    );
  });

  it("reads a backer that ended or suspended its funding for a partner's guards as a support cut", () => {
    for (const text of [
      "A State Department official said Washington had ended its funding for the guard force at the Kurdish-run prisons in October.",
      "The coalition suspended its payments to the guards of the camps last month.",
    ])
      expect(tagged(text, "troop-withdrawal").length, text).toBeGreaterThan(0);
  });
});
