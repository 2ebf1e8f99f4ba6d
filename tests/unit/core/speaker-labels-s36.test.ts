import { describe, expect, it } from "vitest";
import { collectReports } from "../../../src/core/themes/reports.js";
import { sourceDocument } from "../../support/themes.js";

/**
 * A transcript's speaker label ("Al-Rubaie:", "Bellini (in English):") names who speaks, not an
 * actor of what is said: an answer that names no body of its own is read among the actors of the
 * question before it. Session 36 found this in held-out set 25 (a bilingual press conference);
 * the tests use another transcript of the same kind.
 */

const LEDE =
  "Transcript of the press conference of the Minister of Interior, Khalid Al-Obeidi, in Baghdad on 20 November 2026.";
const actorsAt = (text: string, sentence: number) => [
  ...new Set(
    collectReports([sourceDocument("A transcript", text, "Ministry of Interior of Iraq", "2026-11-21")])
      .filter((r) => r.sentence === sentence && r.kind === "event")
      .flatMap((r) => r.entities.map((e) => e.lexiconId ?? e.name)),
  ),
];

describe("speaker labels of a transcript", () => {
  it("reads an answer under a speaker's label among the actors of the question before it", () => {
    for (const label of ["Al-Obeidi:", "Al-Obeidi (in Arabic):"]) {
      const text = `${LEDE}\n\nQuestion (AFP): Has ISIS activity risen in Anbar since the summer?\n\n${label} We recorded more roadside bombs in the Hamrin mountains in October, mostly against army patrols.`;
      expect(actorsAt(text, 2), label).toContain("org/isis");
    }
  });

  it("keeps a person named in the sentence's own words as its actor", () => {
    const text = `${LEDE}\n\nQuestion (AFP): Has ISIS activity risen in Anbar since the summer?\n\nThe minister said Al-Obeidi recorded more roadside bombs in the Hamrin mountains in October, mostly against army patrols.`;
    expect(actorsAt(text, 2)).not.toContain("org/isis");
  });
});
