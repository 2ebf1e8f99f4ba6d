import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * A figure an analysis quotes against its own count, where the writer says what the count was made
 * from: "Ankara says some 3,000 coalition troops remain in northeast Syria. Our own tally of the
 * bases listed in Pentagon statements adds up to about 1,200." The records tallied (bases, units,
 * names) are how the figure was reached; the bare figure counts what the sentence before counted.
 * A count "of the attacks" names another thing. Real extractor output of short texts.
 */

const AT = new Date("2026-06-20T12:00:00Z");
const theme = themeFixture("coalition-withdrawal");
const piece = (second: string) =>
  sourceDocument(
    "How many coalition troops are left in Syria?",
    `Ankara says some 3,000 US and coalition troops remain in northeast Syria after the spring drawdown. ${second} The last American soldiers left the Tabqa air base in April.`,
    "Atlantic Council (analysis)",
    "2026-06-12",
  );
const valuesOf = (c: { claims: readonly { value?: number | null }[] }) =>
  c.claims.map((x) => x.value).sort((x, y) => (x ?? 0) - (y ?? 0));

describe("conflicts: a quoted figure against the writer's own count of records", () => {
  it("sets Ankara's 3,000 against the writer's tally of about 1,200", () => {
    const doc = piece("Our own tally of the bases listed in Pentagon statements adds up to about 1,200.");
    const a = assess(theme, [doc], AT);
    const box = a.conflicts.find((c) => c.claims.some((x) => x.value === 3000));
    expect(box && valuesOf(box)).toEqual([1200, 3000]);
    expect(box?.claims.find((x) => x.value === 1200)?.attributedTo).toBe("the writer's own count");
  });

  it("does not box the writer's count of the attacks", () => {
    const doc = piece("Our own count of the attacks on their convoys comes to about 140.");
    const a = assess(theme, [doc], AT);
    expect(a.conflicts.filter((c) => c.claims.some((x) => x.value === 3000))).toEqual([]);
  });

  it("does not box a tally whose figure names another thing", () => {
    const doc = piece(
      "Our own tally of the bases listed in Pentagon statements adds up to about 1,200 vehicles.",
    );
    const a = assess(theme, [doc], AT);
    expect(a.conflicts.filter((c) => c.claims.some((x) => x.value === 3000))).toEqual([]);
  });

  it("does not box a tally that agrees with the quoted figure", () => {
    const doc = piece("Our own tally of the bases listed in Pentagon statements adds up to about 2,900.");
    const a = assess(theme, [doc], AT);
    expect(a.conflicts.filter((c) => c.claims.some((x) => x.value === 3000))).toEqual([]);
  });
});
