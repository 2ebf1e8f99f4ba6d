import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Jordan's army speaks of its own side of the border through its regional commands: "border guards
 * of the Northern Military Region ... killing four of them" is a Jordanian account of a clash with
 * men from Syria, and a Syrian site's "two young men from Sweida were killed by Jordanian fire near
 * the border" the same day is the other side's account of it. Two tolls of one clash. Real extractor
 * output of short texts.
 */

const AT = new Date("2026-02-20T12:00:00Z");
const army = sourceDocument(
  "Army: four smugglers killed",
  "Border guards of the Northern Military Region clashed before dawn on 9 February with armed smugglers crossing from Syrian territory, killing four of them. The forces seized 600,000 Captagon pills at the site.",
  "Jordan Armed Forces – Arab Army (statement)",
  "2026-02-09",
);
const site = (day: string) =>
  sourceDocument(
    "Two young men killed at the border",
    `Two young men from the countryside of Sweida were killed by Jordanian fire near the border on ${day}, relatives told Suwayda 24. Relatives said the men were shepherds.`,
    "Suwayda 24",
    "2026-02-10",
  );

describe("conflicts: two tolls of a clash told by a Jordanian military region and a Syrian site", () => {
  it("sets the army's four dead against the site's two", () => {
    const local = site("9 February");
    const a = assess(themeFixture("cross-border-smuggling"), [army, local], AT);
    const box = a.conflicts.find((c) => c.kind === "figures" && c.claims.some((x) => x.value === 2));
    expect(box?.claims.map((x) => [x.articleId, x.value])).toEqual([
      [army.article.id, 4],
      [local.article.id, 2],
    ]);
  });

  it("does not set a toll of another day against it", () => {
    const local = site("2 February");
    const a = assess(themeFixture("cross-border-smuggling"), [army, local], AT);
    expect(a.conflicts.filter((c) => c.kind === "figures" && c.claims.some((x) => x.value === 2))).toEqual(
      [],
    );
  });
});
