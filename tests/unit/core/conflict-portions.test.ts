import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * How much of one whole two sources say a wall covers, when one restates the whole after naming it
 * ("the entire border ..., 618 kilometres in all") and the other gives a share of a rounded whole
 * ("about half of its 600-kilometre border"). Real extractor output of short texts.
 */

const AT = new Date("2026-11-16T12:00:00Z");
const chronology = sourceDocument(
  "Key dates: Iraq's border wall",
  "The Ministry of Interior announced on Monday that the wall now covers the entire border from Rabia to the Jordanian frontier, 618 kilometres in all.",
  "Middle East Institute",
  "2026-11-10",
);
const advice = (share: string) =>
  sourceDocument(
    "Iraq travel advice: the border with Syria",
    `The Iraqi army has built a concrete wall with watchtowers along ${share} of its 600-kilometre border with Syria, and the rest is protected by earth berms and trenches.`,
    "UK Foreign, Commonwealth and Development Office",
    "2026-11-14",
  );
const portions = (share: string) => {
  const b = advice(share);
  const a = assess(themeFixture("border-fortification"), [chronology, b], AT);
  return a.conflicts
    .filter((c) => c.id.startsWith("portions:"))
    .map((c) => c.claims.map((x) => [x.articleId === b.article.id ? "advice" : "chronology", x.value]));
};

describe("conflicts: a whole restated, a share of a rounded whole", () => {
  it("sets 'the entire border ..., 618 kilometres in all' against 'about half of its 600-kilometre border'", () => {
    expect(portions("about half")).toEqual([
      [
        ["chronology", 618],
        ["advice", 300],
      ],
    ]);
  });
});
