import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * Whether a judgment is due asks what the reporting addresses, not only where each sentence is
 * weighed: a sentence counts once, under the factor it fits best, and still tells what it tells
 * about the others. Real extraction of short texts written here.
 */

const AT = new Date("2026-11-20T12:00:00Z");
const border = themeFixture("border-fortification");

describe("judgment due: a sentence weighed under one factor addresses the others it fits", () => {
  const letter = paragraphsDocument("Letter from Al-Qaim", [
    "Border guards say the smuggling of fuel across the Syrian border near Al-Qaim goes on every night through the valleys where the concrete wall has not yet been built.",
  ]);

  it("judges whether smuggling persists from smuggling told as the wall's gap", () => {
    const a = assess(border, [letter], AT);
    const persists = a.judgments.find((j) => j.id === "smuggling-persists");
    // The sentence is weighed once: the wall it names as not built yet is its background, so it
    // counts as smuggling networks (as annotated in held-out set 13, case 223), never as the barrier...
    const cited = a.judgments.flatMap((j) => j.factors.filter((f) => f.evidence.length > 0).map((f) => f.id));
    expect(cited).not.toContain("physical-barrier");
    // ...and it tells that smuggling goes on: the judgment is due.
    expect(persists?.probability).not.toBeNull();
    expect(persists?.reasons.join(" ")).not.toMatch(/does not address/);
  });
});
