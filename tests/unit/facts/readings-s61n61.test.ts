import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 61 (helper n61): extractor readings behind the misses of analytic set 56, on sentences
 * written for these tests (not the fixtures' text).
 */

const facts = (text: string) => extract(text, "2026-12-20T00:00:00Z").facts;
const has = (text: string, kind: string, tags: string[]) =>
  facts(text).some((f) => f.kind === kind && tags.every((t) => f.tags?.includes(t)));

describe("support told cut with an adverb before 'been' (support-cut, partner-support unless)", () => {
  it("reads funding that 'had already been cut' as support cut, not support given", () => {
    for (const text of [
      "Kurdish commanders said coalition funding for the guards at their prisons had already been cut by half.",
      "Officials said the stipends for the guard force at the camps have now been reduced by a third.",
    ]) {
      expect(has(text, "event", ["troop-withdrawal"]), text).toBe(true);
      expect(has(text, "countermeasure", ["partner-support"]), text).toBe(false);
    }
  });

  it("does not read funding that has already been raised as cut", () => {
    const text =
      "Kurdish commanders said coalition funding for the guards at their prisons had already been raised by half.";
    expect(has(text, "event", ["troop-withdrawal"]), text).toBe(false);
  });
});

describe("Poland and its forces in Iraq are in the lexicon (a coalition contingent)", () => {
  const lexicon = (text: string) => extract(text, "2026-12-20T00:00:00Z").entities.map((e) => e.lexiconId);
  it("knows Poland, Polish soldiers and the Polish Military Contingent", () => {
    expect(lexicon("Poland will bring home its instructors from Baghdad next year.")).toContain(
      "country/poland",
    );
    expect(lexicon("Polish soldiers train Iraqi commandos at a base near Baghdad.")).toContain(
      "org/polish-forces",
    );
    expect(lexicon("The Polish Military Contingent will stay in Iraq until 2028.")).toContain(
      "org/polish-forces",
    );
  });
  it("does not read a Polish archaeological mission as a force", () => {
    expect(
      lexicon("A Polish archaeological mission resumed its work at the temple in Palmyra."),
    ).not.toContain("org/polish-forces");
  });
});

describe("ground handed to another without 'over' (handover rule)", () => {
  it("reads a force handing its positions or posts to others as leaving them", () => {
    for (const text of [
      "The army has handed most of its desert positions south of Deir ez-Zor to local militiamen.",
      "The regiment handed its border posts near Tanf to a tribal force in November.",
    ])
      expect(has(text, "countermeasure", ["troop-withdrawal"]), text).toBe(true);
  });

  it("does not read posts of office or positions given in a job as ground", () => {
    for (const text of [
      "The ruling party handed two ministerial posts to its allies after the vote.",
      "The new governor handed key positions in the province to his relatives.",
    ])
      expect(has(text, "countermeasure", ["troop-withdrawal"]), text).toBe(false);
  });
});

describe("ground a force holds with only a handful of men (UNHELD)", () => {
  it("reads a force that posted only a handful of men as leaving the ground unheld", () => {
    for (const text of [
      "At the Al-Qaim crossing, the new authorities have posted only a handful of men on the Syrian side.",
      "The army has stationed just a few soldiers along the whole southern stretch of the border.",
    ])
      expect(has(text, "threat", ["security-vacuum"]), text).toBe(true);
  });

  it("does not read a handful posted for a task, without 'only', as ground unheld", () => {
    const text =
      "At the Al-Qaim crossing, the new authorities have posted a handful of snipers on the roofs.";
    expect(has(text, "threat", ["security-vacuum"]), text).toBe(false);
  });
});

describe("arms told by where they were bought, moving on into another land (smuggling rule)", () => {
  it("reads rifles bought in one country moving into a province as a trade", () => {
    const text = "Rifles bought in Syria after the fall of the old regime move the other way, into Nineveh.";
    expect(has(text, "threat", ["smuggling"]), text).toBe(true);
  });

  it("does not read arms moved into a depot by those who hold them as a trade", () => {
    const text = "Weapons bought in Syria by the new army were moved into a depot in Homs last month.";
    expect(has(text, "threat", ["smuggling"]), text).toBe(false);
  });
});

describe("a guard doubled at its post (guard-posture rule)", () => {
  it("reads guards doubled or tripled at a prison's or camp's wall or gates as a force at its post", () => {
    for (const text of [
      "Special units have since doubled the guard on the northern wall of the prison.",
      "The camp administration tripled the guards at the camp's main gates after the riot.",
    ])
      expect(has(text, "countermeasure", ["troop-deployment"]), text).toBe(true);
  });

  it("does not read a guard's doubled shift or doubled pay as a force posted", () => {
    for (const text of [
      "The prison doubled the pay of its guards in November.",
      "The guards doubled their shifts during the holiday.",
    ])
      expect(has(text, "countermeasure", ["troop-deployment"]), text).toBe(false);
  });
});
