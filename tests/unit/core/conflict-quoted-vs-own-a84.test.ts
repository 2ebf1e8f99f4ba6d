import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * A quoted figure against the writer's own, in one analysis: "Syrian officials say about 300 ISIS
 * fighters are left in the desert. By our own count ... some 900 fighters": the piece relays two
 * accounts, as two sources' figures are. And a line of cameras said to cover a whole border against
 * one said to cover part of it: two figures of the length the cameras watch. Real extractor output
 * of short texts.
 */

const AT = new Date("2026-05-20T12:00:00Z");

describe("conflicts: a figure the writer quotes against its own count", () => {
  const brief = (second: string) =>
    sourceDocument(
      "ISIS in the Syrian desert after the spring offensive",
      `Syrian officials say about 300 ISIS fighters are left in the desert between Palmyra and Deir ez-Zor. ${second} Cells still attack army convoys on the Palmyra road at night.`,
      "Middle East Institute (analysis)",
      "2026-05-12",
    );

  it("sets the officials' figure against the writer's own count", () => {
    const doc = brief(
      "Our own count, from claimed attacks and funerals announced by the cells, is some 900 fighters in the desert.",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [doc], AT);
    const box = a.conflicts.find((c) => c.kind === "figures" && c.claims.some((x) => x.value === 300));
    expect(box?.claims.map((x) => x.value).sort((x, y) => (x ?? 0) - (y ?? 0))).toEqual([300, 900]);
  });

  it("says the one outlet gives both accounts, the officials' and the writer's own", () => {
    const doc = brief(
      "Our own count, from claimed attacks and funerals announced by the cells, is some 900 fighters in the desert.",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [doc], AT);
    const box = a.conflicts.find((c) => c.kind === "figures" && c.claims.some((x) => x.value === 300));
    expect(box?.claims.find((x) => x.value === 900)?.attributedTo).toBe("the writer's own count");
    expect(box?.analysis).toMatch(/^Neither account is better supported: both come through one source/);
  });

  it("does not box a second figure the writer tells without setting it against the first", () => {
    const doc = brief("Some 900 fighters were killed in the desert in 2024, the army said.");
    const a = assess(themeFixture("isis-badia-insurgency"), [doc], AT);
    expect(a.conflicts.filter((c) => c.claims.some((x) => x.value === 300))).toEqual([]);
  });

  it("does not box the writer's own count of something else", () => {
    const doc = brief("Our own count of the attacks the cells claimed since January is 140 attacks.");
    const a = assess(themeFixture("isis-badia-insurgency"), [doc], AT);
    expect(a.conflicts.filter((c) => c.claims.some((x) => x.value === 300))).toEqual([]);
  });
});

describe("conflicts: how much of a border cameras cover", () => {
  const command = sourceDocument(
    "Border cameras complete",
    "Thermal cameras now cover the entire 610 kilometres of Iraq's border with Syria, the Joint Operations Command said on Sunday.",
    "Iraqi News Agency",
    "2026-05-10",
  );
  it("sets cameras over the whole border against cameras over part of it, told by another source", () => {
    const deputy = sourceDocument(
      "MP questions border surveillance",
      "A member of the Iraqi parliament's security committee said thermal cameras cover only about 280 kilometres of the border with Syria, mostly near Rabia.",
      "Shafaq News",
      "2026-05-12",
    );
    const a = assess(themeFixture("border-fortification"), [command, deputy], AT);
    const box = a.conflicts.find((c) => c.claims.some((x) => x.value === 280));
    expect(box?.claims.map((x) => [x.articleId, x.value])).toEqual([
      [command.article.id, 610],
      [deputy.article.id, 280],
    ]);
  });

  it("does not set the cameras against a length of wall", () => {
    const deputy = sourceDocument(
      "MP questions border wall",
      "A member of the Iraqi parliament's security committee said the wall covers only about 280 kilometres of the border with Syria, mostly near Rabia.",
      "Shafaq News",
      "2026-05-12",
    );
    const a = assess(themeFixture("border-fortification"), [command, deputy], AT);
    expect(a.conflicts.filter((c) => c.claims.some((x) => x.value === 280))).toEqual([]);
  });
});
