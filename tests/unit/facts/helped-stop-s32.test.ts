import { describe, expect, it } from "vitest";
import { modalityOf } from "../../../src/core/facts/events/modality.js";
import { tokenize } from "../../../src/core/facts/text/tokenize.js";

/**
 * Session 32 (h19 307, "the towers had helped the forces stop 61 crossing attempts"): a past
 * "help" turns "stop" into a result, and "attempts" stopped were the others', so the measure told
 * in the sentence is asserted.
 */

describe("stopping helped by a past help", () => {
  const modality = (text: string, word: string) => {
    const tokens = tokenize(text);
    const at = tokens.findIndex((t) => t.norm === word);
    return modalityOf(tokens, 0, at, true);
  };

  it("is a result: a measure told after it is asserted", () => {
    expect(
      modality(
        "The officer said the towers had helped the guards stop 40 crossing attempts since January, most of them by smugglers.",
        "smugglers",
      ),
    ).toBe("asserted");
    expect(modality("The cameras are helping the police prevent 12 raids by smugglers.", "smugglers")).toBe(
      "asserted",
    );
  });

  it("stays a supposition under a modal or as a bare aim", () => {
    expect(
      modality("The towers could have helped the guards stop crossing attempts by smugglers.", "smugglers"),
    ).toBe("hypothetical");
    expect(modality("The guards want to stop crossing attempts by smugglers.", "smugglers")).toBe(
      "hypothetical",
    );
  });
});
