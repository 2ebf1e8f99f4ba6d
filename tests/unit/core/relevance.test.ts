import { describe, expect, it } from "vitest";
import { denies } from "../../../src/core/themes/relevance.js";

describe("denies: which negated reports deny what their sentence reports", () => {
  it("takes 'not', 'no', 'denied' and the like as a denial", () => {
    for (const sentenceText of [
      "No detainee escaped from the centre, the source stressed.",
      "The SDF denied that any detainees escaped.",
      "The attackers did not reach the prison.",
      "The authorities have yet to deploy regular units, and no patrols cover the road.",
    ])
      expect(denies({ modality: "negated", sentenceText })).toBe(true);
  });

  it("takes a sentence negated only by 'without' as a circumstance, not a denial", () => {
    expect(
      denies({
        modality: "negated",
        sentenceText:
          "The army had carried out 380 operations against ISIS hideouts without coalition air support.",
      }),
    ).toBe(false);
    expect(
      denies({
        modality: "negated",
        sentenceText: "The army carried out the raid without air support, and no detainee escaped.",
      }),
    ).toBe(true);
  });

  it("never takes an asserted report as a denial", () => {
    expect(denies({ modality: "asserted", sentenceText: "No detainee escaped." })).toBe(false);
  });
});
