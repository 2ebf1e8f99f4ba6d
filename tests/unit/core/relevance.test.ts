import { describe, expect, it } from "vitest";
import { denies, ownClause } from "../../../src/core/themes/relevance.js";

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

describe("ownClause: the words a pattern's notWords look at", () => {
  it("takes the fact's words and the verb just before them, not the rest of the sentence", () => {
    const sentenceText =
      "Our forces repelled the attack within two hours, although the number of guards had been reduced.";
    const clause = ownClause({ text: "the attack within two hours", sentenceText });
    expect(clause).toBe("forces repelled the attack within two hours");
    expect(clause).not.toMatch(/reduced/);
  });

  it("takes the two words after a figure, up to the end of its clause: what the figure is of", () => {
    const sentenceText = "Army units have carried out 40 operations against ISIS hideouts in the desert.";
    expect(ownClause({ text: "40 operations", sentenceText })).toBe("carried out 40 operations against isis");
    expect(ownClause({ text: "two hours", sentenceText: "It lasted two hours, the army said." })).toBe(
      "it lasted two hours",
    );
  });

  it("falls back on the fact's words when they are not found verbatim in the sentence", () => {
    expect(ownClause({ text: "Guards Were Reduced", sentenceText: "Something else entirely." })).toBe(
      "guards were reduced",
    );
  });
});
