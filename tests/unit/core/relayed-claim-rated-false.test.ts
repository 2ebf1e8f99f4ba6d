import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { claimRatedFalse } from "../../../src/core/themes/relevance.js";
import { paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * A source that relays others' claim in one sentence and rates it false in the next ("Some media
 * reports have claimed that the coalition left the base. These reports are inaccurate") denies it:
 * the relayed claim is no report of the happening by that source, and cannot count as a second
 * source for it.
 */

describe("a relayed claim the next sentence rates false", () => {
  const relayed = "Some outlets have claimed, citing a leaked memo, that the guards have left the prison.";

  it("is read with the rating that follows it", () => {
    expect(
      claimRatedFalse({
        sentenceText: relayed,
        followedBy: "These claims are baseless: the guards are at their posts.",
      }),
    ).toBe(true);
    expect(claimRatedFalse({ sentenceText: relayed, followedBy: "This is completely untrue." })).toBe(true);
    expect(
      claimRatedFalse({
        sentenceText: "It was rumoured on Sunday that the base had been handed over.",
        followedBy: "The reports are false.",
      }),
    ).toBe(true);
  });

  it("is not read so when the next sentence rates nothing, or the sentence relays no claim", () => {
    expect(
      claimRatedFalse({ sentenceText: relayed, followedBy: "These reports followed a hearing in Congress." }),
    ).toBe(false);
    expect(
      claimRatedFalse({
        sentenceText: "The coalition left the base on Monday.",
        followedBy: "These reports are inaccurate.",
      }),
    ).toBe(false);
  });

  it("is not cited for the withdrawal, nor counted as a second source of it", () => {
    const hearing = paragraphsDocument(
      "Hearing on force posture",
      [
        "Excerpt from the transcript of a hearing of the House Armed Services Committee on 9 December 2026 on US forces in Syria.",
        "GENERAL: As the President decided, we completed our withdrawal from the Tal Baydar and Shaddadi bases in Hasakah province in November.",
        "GENERAL: Our remaining forces in Syria are at Rmelan and at Al-Tanf.",
        "GENERAL: ISIS claimed 25 attacks in northeast Syria in November, its highest monthly count this year.",
      ],
      "House Armed Services Committee (transcript)",
      "2026-12-10",
    );
    const denial = paragraphsDocument(
      "Statement of the SDF",
      [
        "Statement by the Media Center of the Syrian Democratic Forces.",
        "Some media reports have claimed, citing testimony in the US Congress, that the forces of the Global Coalition have left the Tal Baydar base.",
        "These reports are inaccurate: coalition forces are still present at Tal Baydar and carry out joint patrols with our forces.",
        "Our forces continue to guard the prisons holding more than 8,000 ISIS members, with our own means and those of our partners.",
      ],
      "SDF Media Center",
      "2026-12-11",
    );
    const a = assess(
      themeFixture("coalition-withdrawal"),
      [hearing, denial],
      new Date("2026-12-23T00:00:00Z"),
    );
    const withdrawal = a.factors.find((f) => f.id === "withdrawal-intent");
    expect(withdrawal?.evidence.map((e) => [e.articleId, e.sentence])).toEqual([[hearing.article.id, 1]]);
    expect(withdrawal?.corroborated).toBe(false);
    // The denial still stands against the general's account.
    expect(
      a.conflicts.some((c) =>
        c.claims.some((x) => x.articleId === denial.article.id && x.stance === "denies"),
      ),
    ).toBe(true);
  });
});
