import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 33, round 2 (held-out set 21, prison theme), told in other words: a prison the lexicon
 * does not know is a prison by its name, so a story whose lede names it is set there; and men
 * who "remain in prisons" are held.
 */

const AT = new Date("2026-12-01T12:00:00Z");
const roles = (text: string, sentence: number) => {
  const doc = sourceDocument("Report", text, "North Press Agency", "2026-11-26");
  return cited(assess(themeFixture("isis-prison-escape"), [doc], AT), doc.article.id, sentence);
};

describe("a prison the lexicon does not know", () => {
  const story = (prison: string) =>
    [
      `Lawyers have written to the ombudsman about the conditions of the men held in ${prison}.`,
      "They ask for an inquiry into the events of 9 November.",
      "Relatives say at least 30 detainees escaped that night after a fire in the kitchens.",
    ].join("\n\n");

  it("sets the story in a prison named by its head noun", () => {
    expect(roles(story("Al-Mansoura prison"), 2)).toContain("driver:escape-reported");
  });

  it("does not set it in a building that is not a prison", () => {
    expect(roles(story("the Al-Mansoura grain silo"), 2)).not.toContain("driver:escape-reported");
  });
});

describe("men who remain in prisons", () => {
  it("counts men accused of ISIS membership who remain in prisons as a concentration", () => {
    const r = roles(
      "Some 4,000 men accused of ISIS membership remain in prisons in Hasakah, a few hours from the Iraqi border.",
      0,
    );
    expect(r).toContain("driver:detainee-concentration");
  });
});
