import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 54: of two facts of one sentence that fit a factor equally, the one told as fact is the
 * one cited. A stop that was seen ("watched the guards turn back six men trying to cross") is not
 * "a possibility raised" because the crossing it stopped was only tried.
 */

const AT = new Date("2026-12-20T12:00:00Z");

describe("the fact that stands for a sentence under its factor", () => {
  it("is the asserted stop, not the attempted crossing it stopped", () => {
    const d = sourceDocument(
      "Visit",
      [
        "A delegation of senators toured the Iraqi border with Syria this week.",
        "The senators watched Iraqi border guards turn back four armed men trying to cross from the Syrian side near Husaybah on the night of 3 December.",
      ].join("\n\n"),
      "Reuters",
      "2026-12-10",
    );
    const a = assess(themeFixture("border-fortification"), [d], AT);
    const cited = a.factors.flatMap((f) =>
      f.evidence
        .filter((e) => e.sentenceText.startsWith("The senators watched"))
        .map((e) => ({ f: f.id, e })),
    );
    expect(cited.length).toBe(1);
    expect(cited[0]?.e.modality).toBe("asserted");
  });
});
