import { describe, expect, it } from "vitest";
import { collectReports } from "../../../src/core/themes/reports.js";
import { assessStory, sourceDocument } from "../../support/themes.js";
import { extract } from "../facts/helpers.js";

/**
 * Session 54 (helper judg): judgments withheld because the evidence a judgment's `requires` group
 * needs names its actor or its trade indirectly. Invented sentences, not the fixtures' text.
 */

const AT = new Date("2026-12-15T12:00:00Z");
const actorsOf = (text: string, sentence = 0) => {
  const doc = sourceDocument("A report", text, "Al-Mada", "2026-12-01");
  return [
    ...new Set(
      collectReports([doc])
        .filter((r) => r.sentence === sentence)
        .flatMap((r) => r.entities.map((e) => e.lexiconId ?? "")),
    ),
  ];
};

describe("the partner force that guards the camps, named only so", () => {
  it("is the SDF, with or without the article before the sites", () => {
    for (const text of [
      "A training team spent the spring advising the partner force that guards prisons in the valley.",
      "Mentors from the task force worked with the partner forces that hold detention centres near the river.",
    ])
      expect(actorsOf(text), text).toContain("org/sdf");
  });

  it("is no one where the partner guards something else", () => {
    expect(
      actorsOf("A training team spent the spring advising the partner force that guards the oil fields."),
    ).not.toContain("org/sdf");
  });
});

describe("contraband told as crossing every night", () => {
  const smuggled = (text: string) =>
    extract(text).facts.filter((f) => f.kind !== "quantity" && f.tags?.includes("smuggling"));

  it("is smuggled, whatever carries it", () => {
    for (const text of [
      "Everyone in the village knows that diesel and cigarettes cross every night on mules.",
      "Captagon passes over the hills each night in the back of old pick-ups, the farmers say.",
    ])
      expect(smuggled(text).length, text).toBeGreaterThan(0);
  });

  it("is not read into goods that cross by day or people who cross at night", () => {
    for (const text of [
      "Vegetables cross every morning through the official crossing.",
      "Shepherds cross every night to bring their flocks home.",
    ])
      expect(smuggled(text), text).toEqual([]);
  });
});

describe("violent clashes: an armed faction that escorts the loads", () => {
  const clashes = (sentences: string[]) =>
    assessStory("cross-border-smuggling", sentences, AT).a.judgments.find((j) => j.id === "violent-clashes");

  it("makes the judgment due where the faction that levies fees also escorts the trucks", () => {
    const j = clashes([
      "Smugglers moved fuel and pills across the border near Al-Qaim every week in November, officials said.",
      "A driver said a local armed faction charges trucks a fee to pass its roadblocks near Albukamal and provides the escorts.",
    ]);
    expect(j?.probability).not.toBeNull();
  });

  it("still withholds it where the faction only levies fees", () => {
    const j = clashes([
      "Smugglers moved fuel and pills across the border near Al-Qaim every week in November, officials said.",
      "A driver said a local armed faction charges trucks a fee to pass its roadblocks near Albukamal.",
    ]);
    expect(j?.probability).toBeNull();
  });
});

describe("a backer's partners told left alone", () => {
  const withdrawals = (text: string) =>
    extract(text).facts.filter((f) => f.kind !== "quantity" && f.tags?.includes("troop-withdrawal"));

  it("lose the backer's support", () => {
    for (const text of [
      "Once the last helicopters fly home, our partners who hold the prisons near the river will be left alone.",
      "The allies guarding the camps are now left to fend for themselves, a retired colonel said.",
    ])
      expect(withdrawals(text).length, text).toBeGreaterThan(0);
  });

  it("are no force where the story is about business or children", () => {
    for (const text of [
      "The two business partners were left alone to decide the price of the new shop.",
      "The children were left alone at home while their parents worked in the fields.",
    ])
      expect(withdrawals(text), text).toEqual([]);
  });
});
