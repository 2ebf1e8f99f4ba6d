import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * What one article tells is not two accounts unless it says so: a habitual background sentence
 * is no account of who an event hit, and one speaker's two figures are not two sources' figures.
 * Real extractor output of short texts.
 */

const AT = new Date("2026-11-30T12:00:00Z");

describe("conflicts: habitual background is no account of who was hit", () => {
  const camp = (third: string) =>
    sourceDocument(
      "Camp escape",
      [
        "A guard was killed at the southern gate of Al-Hol camp on the night of 3 October, SOHR sources said.",
        "According to SOHR sources, 23 women and children escaped during the attack.",
        third,
      ].join("\n\n"),
      "Syrian Observatory for Human Rights",
      "2026-10-04",
    );
  const accounts = (third: string) =>
    assess(themeFixture("isis-prison-escape"), [camp(third)], AT).conflicts.filter(
      (c) => c.kind === "accounts",
    );

  it("does not set 'smugglers have for months been charging' against the women and children who escaped", () => {
    expect(
      accounts(
        "Smugglers have for months been charging thousands of dollars to take women out of the camp, according to residents.",
      ),
    ).toEqual([]);
  });

  it("still reads smugglers told of on the night as an account", () => {
    expect(
      accounts(
        "Smugglers took women out of the camp in water tankers that night, according to residents.",
      ).map((c) => c.claims.length),
    ).toEqual([2]);
  });
});

describe("conflicts: a tally told by its months is no account of one attack", () => {
  it("does not set the civilians of a six-month tally against the fighters of the attack", () => {
    const monitor = sourceDocument(
      "Sukhnah attack",
      [
        "ISIS cells attacked a checkpoint near Al-Sukhnah at dawn on 2 October, killing four soldiers, SOHR said.",
        "According to SOHR sources, about 60 ISIS fighters took part in the attack.",
        "SOHR has documented 131 ISIS attacks in the Syrian desert between the beginning of April and the end of September, in which 214 soldiers and civilians were killed.",
      ].join("\n\n"),
      "Syrian Observatory for Human Rights",
      "2026-10-03",
    );
    expect(
      assess(themeFixture("isis-badia-insurgency"), [monitor], AT).conflicts.filter(
        (c) => c.kind === "accounts",
      ),
    ).toEqual([]);
  });
});

describe("conflicts: one speaker's two figures", () => {
  const podcast = (first: string) =>
    sourceDocument(
      "Desert lines podcast",
      [
        first,
        "ANALYST: On 25 November a group of about forty fighters entered the village of Al-Kawm near Palmyra, residents told us.",
      ].join("\n\n"),
      "COAR (podcast)",
      "2026-11-28",
    );
  const figures = (first: string) =>
    assess(themeFixture("isis-badia-insurgency"), [podcast(first)], AT).conflicts.filter(
      (c) => c.kind === "figures" && /fighters/i.test(c.topic),
    );

  it("does not set the analyst's size of a cell against the group that entered the village", () => {
    expect(
      figures(
        "ANALYST: Mostly cells of ten to twenty fighters move around Al-Kawm near Palmyra on motorbikes.",
      ),
    ).toEqual([]);
  });
});
