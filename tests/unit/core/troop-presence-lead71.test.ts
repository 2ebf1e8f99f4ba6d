import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { assessStory, paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 71, readings found by probing the coalition theme in wording of the lead's own (no
 * fixture): a state's troops pulled "out" with the particle after the object, and a force's
 * soldiers counted as what a state "has" or what "there are" in the country.
 */
const AT = new Date("2027-03-01T12:00:00Z");
const theme = themeFixture("coalition-withdrawal");

describe("a state that pulls its troops out, against its ministry's word that the reports are unfounded", () => {
  const claim = paragraphsDocument(
    "Lisbon to bring soldiers home",
    [
      "Portugal will pull all of its soldiers out of Iraq by the end of June 2027, two government sources told Lusa on Monday.",
    ],
    "Lusa",
    "2027-02-15",
  );
  const denial = paragraphsDocument(
    "Ministry statement",
    [
      "Reports that Portuguese soldiers will leave Iraq by June are unfounded, the Ministry of National Defence said on Tuesday.",
    ],
    "Portuguese Ministry of National Defence",
    "2027-02-16",
  );

  it("cites the plan as withdrawal intent and sets the denial against it", () => {
    const a = assess(theme, [claim, denial], AT);
    expect(a.factors.find((f) => f.id === "withdrawal-intent")?.evidence.map((e) => e.articleId)).toEqual([
      claim.article.id,
    ]);
    expect(a.conflicts.filter((c) => c.kind === "denial").map((c) => c.claims.map((x) => x.stance))).toEqual([
      ["asserts", "denies"],
    ]);
  });

  it("reads 'pulled its ambassador out' as no force's withdrawal (guard)", () => {
    const { roles } = assessStory(
      "coalition-withdrawal",
      ["Portugal pulled its ambassador out of Baghdad on Monday after the protest."],
      AT,
    );
    expect(roles(0)).not.toContain("driver:withdrawal-intent");
  });
});

describe("a force's soldiers counted where they are", () => {
  it("cites what a state has and what there are in Iraq as a residual presence", () => {
    for (const s of [
      "The United States has roughly 2,800 soldiers in Iraq, most of them at Ain al-Asad and in Erbil.",
      "There are about 2,800 US troops in Iraq, according to the Pentagon.",
      "Spain keeps about 300 troops in Iraq, the defence ministry said.",
    ])
      expect(assessStory("coalition-withdrawal", [s], AT).roles(0), s).toEqual([
        "mitigator:residual-presence",
      ]);
  });

  it("reads soldiers lost or withdrawn as no presence (guards)", () => {
    expect(
      assessStory(
        "coalition-withdrawal",
        ["The United States has withdrawn 2,800 soldiers from Iraq."],
        AT,
      ).roles(0),
    ).not.toContain("mitigator:residual-presence");
    expect(
      assessStory(
        "coalition-withdrawal",
        ["The army has lost 40 soldiers in the desert since June."],
        AT,
      ).roles(0),
    ).toEqual([]);
  });
});
