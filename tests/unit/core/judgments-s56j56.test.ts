import { describe, expect, it } from "vitest";
import { collectReports } from "../../../src/core/themes/reports.js";
import { sourceDocument } from "../../support/themes.js";
import { extract } from "../facts/helpers.js";

/**
 * Session 56 (helper j56): judgments withheld because the sentence that should answer a judgment's
 * `requires` group drew no typed fact, or one of the wrong sense. Invented sentences, not the
 * fixtures' text.
 */

const supports = (text: string) =>
  extract(text).facts.some((f) => f.kind === "countermeasure" && f.tags?.includes("partner-support"));

describe("a force supplied, directly or through the backer's own troops", () => {
  it("reads supplying a partner force as support to it", () => {
    for (const text of [
      "The weekly flights supply the partner forces guarding the camps with fuel and spare parts.",
      "A logistics company was hired to supply American troops at the airfield and, through them, the partner forces that hold the prisons.",
    ])
      expect(supports(text), text).toBe(true);
  });

  it("does not read goods supplied to shops or families, a supply line, or a supply told cancelled as support", () => {
    for (const text of [
      "The company supplies bakeries in the town and, through them, the families of the district.",
      "Traders supplied the market with vegetables through the winter.",
      "The officials fear that closing the airfield would cut the supply line to the partner forces.",
      "The night flights, which supplied the guard forces at the prisons, were suspended in the spring.",
    ])
      expect(supports(text), text).toBe(false);
  });
});

describe("support under an arrangement the next sentence tells ended", () => {
  const modalities = (text: string) => {
    const doc = sourceDocument("A notice", text, "A logistics firm", "2026-12-01");
    return collectReports([doc])
      .filter((r) => r.sentence === 0 && r.kind === "countermeasure" && r.tags.includes("partner-support"))
      .map((r) => r.modality);
  };

  it("is support no longer given", () => {
    for (const text of [
      "The coalition trained and equipped the partner forces under a two-year programme. The programme was not renewed in October.",
      "The convoys ran under an agreement to supply the partner forces that guard detention camps in the north-east. That agreement expired last month.",
    ])
      expect(modalities(text), text).toEqual(["negated"]);
  });

  it("stays support when the arrangement is renewed, or when the next sentence ends something else", () => {
    for (const text of [
      "The coalition trained and equipped the partner forces under a two-year programme. The programme was renewed in October.",
      "The coalition trained and equipped the partner forces under a two-year programme. The lease on the office was not renewed.",
    ])
      expect(modalities(text), text).toEqual(["asserted"]);
  });
});

describe("foreign military advisers told to stay past a date", () => {
  const kept = (text: string) => {
    const doc = sourceDocument("A note", text, "A members' note", "2026-11-20");
    return collectReports([doc]).filter(
      (r) => r.kind === "countermeasure" && r.tags.includes("troop-deployment"),
    );
  };

  it("are the coalition's troops, kept where they are", () => {
    for (const text of [
      "The foreign military advisers based at the air base will stay beyond March, the embassy said.",
      "The foreign military trainers at the academy are expected to remain until the summer.",
    ]) {
      const reports = kept(text);
      expect(reports.length, text).toBeGreaterThan(0);
      expect(
        reports.flatMap((r) => r.entities.map((e) => e.lexiconId)),
        text,
      ).toContain("org/coalition");
    }
  });

  it("are neither kept nor the coalition when the advisers are not military, or only visit", () => {
    expect(
      kept("The foreign advisers of the ministry of education will stay beyond March.").flatMap((r) =>
        r.entities.map((e) => e.lexiconId),
      ),
    ).not.toContain("org/coalition");
    expect(kept("The foreign military advisers visited the air base in March.")).toEqual([]);
  });
});

describe("attacks named as the militants'", () => {
  const tagsOf = (text: string) => extract(text).facts.flatMap((f) => f.tags ?? []);

  it("are insurgent attacks, the group unnamed", () => {
    for (const text of [
      "Farmers left the valley after more militant attacks on the villages in October.",
      "A jihadist ambush on the road killed two drivers last week.",
    ])
      expect(tagsOf(text), text).toContain("insurgent-attack");
  });

  it("are not read into attacks whose authors are not told militants", () => {
    for (const text of [
      "Two drivers were hurt in an attack by a dog on the road.",
      "The militant union called a strike at the port.",
    ])
      expect(tagsOf(text), text).not.toContain("insurgent-attack");
  });
});

describe("people stopped by gunmen, and the remnants of the terrorist gangs", () => {
  const reportsOf = (text: string) =>
    collectReports([sourceDocument("A circular", text, "A contractor", "2026-11-16")]);

  it("reads people who have been stopped by gunmen as held by them", () => {
    for (const text of [
      "Two of our buses have been stopped by gunmen on the desert road since October.",
      "The engineers had been stopped by armed men near the pumping station.",
    ])
      expect(
        extract(text).facts.some((f) => f.tags?.includes("kidnapping")),
        text,
      ).toBe(true);
  });

  it("does not read a vehicle stopped by the police, or gunmen stopped by a patrol, as held", () => {
    for (const text of [
      "Two of our buses have been stopped by the police on the desert road since October.",
      "The gunmen had been stopped by a patrol near the pumping station.",
    ])
      expect(
        extract(text).facts.some((f) => f.tags?.includes("kidnapping")),
        text,
      ).toBe(false);
  });

  it("names ISIS by the remnants of the terrorist gangs, not by terrorist gangs alone", () => {
    const ids = (text: string) => reportsOf(text).flatMap((r) => r.entities.map((e) => e.lexiconId));
    expect(
      ids("On Monday men the army called remnants of the terrorist gangs attacked a checkpoint near Rutba."),
    ).toContain("org/isis");
    expect(
      ids("In 2012 the state media blamed terrorist gangs for an attack on a checkpoint in Homs."),
    ).not.toContain("org/isis");
  });
});
