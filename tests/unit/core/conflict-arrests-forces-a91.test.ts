import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Two readings of what a figure counts, with real extractor output of short texts.
 *
 * A year's arrests at a border, told by two bodies: "Border guards arrested 960 people who crossed
 * or tried to cross" (the figure is the object of the arrest; the relative clause only says who
 * they were) against "its researchers documented 610 people detained after crossing" (the
 * participle right after those counted tells their arrest, as "were detained" does). Two figures
 * for one measure over one year are a conflict; the same figures for two different years are not.
 *
 * A force counted where it stands: "Pentagon officials still talk of about 3,000 American
 * troops in Syria" is the force there, and a writer's own count of the units that "puts the number
 * at no more than 1,200" counts what the sentence before counted. A figure of troops withdrawn, or
 * a count that agrees, is no conflict.
 */

const AT = new Date("2026-03-01T12:00:00Z");
const figuresOf = (a: ReturnType<typeof assess>) =>
  a.conflicts.map((c) => c.claims.map((x) => x.value ?? null).sort((x, y) => (x ?? 0) - (y ?? 0)));

describe("conflicts: a year's arrests at the border told by two bodies", () => {
  const theme = themeFixture("border-fortification");
  const guards = (year: string) =>
    sourceDocument(
      `Border guards arrested 960 crossers in ${year}`,
      `Border guards arrested 960 people who crossed or tried to cross from Syria into Iraq during ${year}, the Border Guards Command said in its yearly review. A new line of watchtowers now stands between Husaybah and the Tigris.`,
      "Iraqi Border Guards Command (yearly review)",
      "2026-01-08",
    );
  const observatory = (year: string) =>
    sourceDocument(
      "Observatory documents 610 detained crossers",
      `The observatory's researchers documented 610 people detained after crossing the border from Syria in ${year}, most of them held at border posts in Anbar before being sent to the courts. The observatory urged the courts to hear each case within a week.`,
      "Iraqi Observatory for Human Rights (yearly report)",
      "2026-01-20",
    );

  it("sets 960 arrested against 610 detained over the same year", () => {
    const a = assess(theme, [guards("2025"), observatory("2025")], AT);
    expect(figuresOf(a)).toContainEqual([610, 960]);
  });

  it("does not box the two bodies' counts of two different years", () => {
    const a = assess(theme, [guards("2024"), observatory("2025")], AT);
    expect(figuresOf(a).filter((f) => f.includes(610) && f.includes(960))).toEqual([]);
  });
});

describe("conflicts: a quoted count of a force against the writer's own", () => {
  const theme = themeFixture("coalition-withdrawal");
  const brief = (quoted: string, own = "no more than 1,200") =>
    sourceDocument(
      "What is left of the coalition in Syria",
      `${quoted} Our own count of the units listed in deployment orders puts the number at ${own}, most of them at Rmelan and Qasrak. The SDF fears that without American backing it cannot hold the prisons in Hasakah.`,
      "Clingendael Institute (policy brief)",
      "2026-02-10",
    );

  it("sets the officials' about 3,000 against the writer's no more than 1,200", () => {
    const a = assess(
      theme,
      [brief("Pentagon officials still talk of about 3,000 American troops in Syria.")],
      AT,
    );
    expect(figuresOf(a)).toContainEqual([1200, 3000]);
  });

  it("does not read troops withdrawn as the force that stands there", () => {
    const a = assess(
      theme,
      [brief("Washington withdrew about 3,000 American troops in Syria last year.")],
      AT,
    );
    expect(figuresOf(a).filter((f) => f.includes(1200) && f.includes(3000))).toEqual([]);
  });

  it("does not box a writer's count that agrees with the quoted one", () => {
    const a = assess(
      theme,
      [brief("Pentagon officials still talk of about 3,000 American troops in Syria.", "about 2,900")],
      AT,
    );
    expect(figuresOf(a).filter((f) => f.includes(3000))).toEqual([]);
  });
});
