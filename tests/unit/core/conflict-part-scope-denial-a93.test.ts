import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * A denial scoped to most of an area (set 10, case 189): "the army has not yet sent regular units
 * to most of the desert" grants units in the rest, so it denies no account of a new brigade in two
 * named sectors; it still answers one of a force across the whole desert. Real extractor output of
 * short texts.
 */

const AT = new Date("2026-03-20T12:00:00Z");
const ministry = (where: string) =>
  sourceDocument(
    "Army repels attack near Al-Qaryatayn",
    `Army units repelled an attack by ISIS cells on a checkpoint east of Al-Qaryatayn on 8 March, a source in the Ministry of Defence told SANA. The source said a new brigade formed from army units has taken over security ${where} since January.`,
    "SANA",
    "2026-03-09",
  );
const alert = sourceDocument(
  "Security alert: central Syrian desert",
  "ISIS militants attacked an army checkpoint east of Al-Qaryatayn in Homs province on 8 March, local sources said. The Syrian army has not yet deployed regular units to most of the desert, where security is left to local auxiliaries with light weapons.",
  "Crisis24 (travel security alert)",
  "2026-03-10",
);
const forcesBoxes = (where: string) =>
  assess(themeFixture("isis-badia-insurgency"), [ministry(where), alert], AT).conflicts.filter(
    (c) => c.kind === "denial" && c.claims.some((x) => x.articleId === alert.article.id && x.sentence === 1),
  );

describe("conflicts: a denial scoped to most of an area", () => {
  it("does not answer an account of a brigade in two named sectors", () => {
    expect(forcesBoxes("in the Al-Qaryatayn and Mahin sectors")).toEqual([]);
  });

  it("still answers an account of a brigade across the entire desert", () => {
    expect(forcesBoxes("across the entire desert").length).toBe(1);
  });
});
