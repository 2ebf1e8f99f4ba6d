import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { fitsSomeFactor, paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * A theme about a border says what it is about (`topic`): the police arresting someone who
 * "smuggled" a thing into a building is a security event, but nothing in it crosses a border.
 * Real extraction of short texts written here.
 */

const AT = new Date("2026-11-20T12:00:00Z");
const doc = paragraphsDocument;
const smuggling = themeFixture("cross-border-smuggling");

const roundup = doc("City desk: a week of cases in Basra", [
  "Police in Basra arrested a visitor who smuggled a mobile phone into the central courthouse in a loaf of bread, the police said.",
  "A shopkeeper in Zubair was fined after inspectors found expired medicines on his shelves.",
  "Traffic police recorded 340 violations on the Basra-Baghdad road over the weekend.",
  "Two brothers were detained after a quarrel over a garden wall turned into a fight.",
]);

describe("theme topic: a security event of another kind does not bear on a border theme", () => {
  it("lists a city crime roundup as unused, with the topic it does not report on", () => {
    // The words fit: a smuggling arrest in Iraq, made by the police.
    expect(fitsSomeFactor(smuggling, roundup, AT)).toBe(true);
    const a = assess(smuggling, [roundup], AT);
    for (const j of a.judgments) expect(j.probability).toBeNull();
    expect(a.factors.flatMap((f) => f.evidence)).toEqual([]);
    expect(a.unused).toEqual([
      {
        articleId: roundup.article.id,
        reason: expect.stringMatching(/reports nothing on smuggling across the Iraq–Syria/),
      },
    ]);
  });

  it("keeps a report of the smuggling trade that names no border in the sentence the forces are in", () => {
    const trade = doc("Smugglers pay their way near Al-Qaim", [
      "Smuggling networks near Al-Qaim move diesel and cigarettes every night, residents said.",
      "The smugglers pay the men at the checkpoints, and the police look away.",
    ]);
    const a = assess(smuggling, [trade], AT);
    expect(a.unused).toEqual([]);
  });
});
