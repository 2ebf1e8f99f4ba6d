import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 56 (helper "f50"): extractor readings prompted by analytic set 50. The sentences are
 * invented; each reads a class of wording, not a fixture's text.
 */

const facts = (text: string) => extract(text, "2026-12-28T09:00:00Z").facts;
const tagged = (text: string, tag: string) => facts(text).filter((f) => f.tags?.includes(tag));
const measures = (text: string) => facts(text).filter((f) => f.kind === "countermeasure");

describe("a disorder that breaks out inside a prison", () => {
  it("does not read a disturbance, a brawl or a mutiny that broke out as an escape", () => {
    for (const text of [
      "A disturbance broke out in the east block of the jail on Tuesday night.",
      "A brawl broke out among inmates in the prison yard after the evening meal.",
      "A mutiny broke out in two wings of the detention centre last week.",
    ])
      expect(tagged(text, "escape"), text).toEqual([]);
  });

  it("still reads held people who broke out as an escape", () => {
    for (const text of [
      "Six inmates broke out of the jail through a ventilation shaft on Tuesday night.",
      "Prisoners broke out of the east block of the detention centre last week.",
    ])
      expect(tagged(text, "escape").length, text).toBeGreaterThan(0);
  });
});

describe("a disorder inside a prison put down, told in the passive", () => {
  it("reads a disturbance or a mutiny that was contained or quelled as the guards' measure", () => {
    for (const text of [
      "A disturbance broke out in the east block of the jail and was contained by the guards within an hour.",
      "The mutiny in the women's wing of the prison was quickly quelled.",
    ]) {
      const m = measures(text);
      expect(m.length, text).toBeGreaterThan(0);
      expect(m[0]?.tags, text).toContain("detention-facility");
    }
  });

  it("does not read a disturbance that was not contained, or one only reported, as a measure", () => {
    for (const text of [
      "A disturbance broke out in the east block of the jail and was not contained until morning.",
      "A disturbance broke out in the east block of the jail on Tuesday night.",
      "The disturbance in the women's wing of the prison had been contained, but four inmates remained unaccounted for.",
    ])
      expect(measures(text), text).toEqual([]);
  });
});

describe("a force counted with a nation and 'military' before its head", () => {
  it("reads '600 US military personnel' as a count of personnel, a force deployed", () => {
    for (const text of [
      "About 700 US military personnel are still based in the province.",
      "Roughly 300 American military personnel remain at the airport.",
    ]) {
      const q = facts(text).filter((f) => f.kind === "quantity");
      expect(q.length, text).toBeGreaterThan(0);
      expect(q[0]?.measures, text).toMatch(/military personnel$/);
      expect(q[0]?.tags, text).toContain("troop-deployment");
    }
  });

  it("does not read personnel of another trade as a force", () => {
    const q = facts("About 40 US medical personnel are still based in the province.").filter(
      (f) => f.kind === "quantity",
    );
    expect(q[0]?.tags ?? []).not.toContain("troop-deployment");
  });
});

describe("companies moved to a sector named by two places", () => {
  it("reads companies moved to 'the Tal Afar and Sinjar sector' as a deployment", () => {
    const text =
      "The border command said it had moved three more companies to the Tal Afar and Sinjar sector as a precaution.";
    expect(
      tagged(text, "troop-deployment").some((f) => f.kind === "countermeasure"),
      text,
    ).toBe(true);
  });

  it("does not read companies moved to a market town as a deployment", () => {
    const text =
      "The firm said it had moved three more companies to the Tal Afar and Sinjar market towns last year.";
    expect(
      tagged(text, "troop-deployment").filter((f) => f.kind === "countermeasure"),
      text,
    ).toEqual([]);
  });
});

describe("training and equipment given to a guard force", () => {
  it("reads training and equipment provided to a guard force as support to it", () => {
    for (const text of [
      "Donor states continue to provide training and equipment to the camp guard force in Raqqa.",
      "The coalition offers training and support to the guards of the northern prisons.",
    ])
      expect(tagged(text, "partner-support").length, text).toBeGreaterThan(0);
  });

  it("does not read training and equipment sold to buyers as support to a force", () => {
    const text = "The ministry sold training and equipment to private buyers in Raqqa.";
    expect(tagged(text, "partner-support"), text).toEqual([]);
  });
});

describe("armed men gathering at a border", () => {
  it("reads militants or ISIS remnants seen massing near the border as insurgents present there", () => {
    for (const text of [
      "Jihadists in the hills opposite the Qaim sector were seen massing near the border twice last month.",
      "Local officials say ISIS remnants have been gathering along the frontier since the autumn.",
    ])
      expect(tagged(text, "insurgent-presence").length, text).toBeGreaterThan(0);
  });

  it("does not read families gathering at a border crossing as insurgents", () => {
    const text = "Families were gathering near the border crossing to receive their relatives.";
    expect(tagged(text, "insurgent-presence"), text).toEqual([]);
  });
});
