import { describe, expect, it } from "vitest";
import { conflictsOf, sourceDocument } from "../../support/themes.js";

/**
 * A figure denied by its value in a second outlet's report (set 72, case 1057): "about 600
 * personnel, not 1,800 as reported by some outlets" answers the first outlet's 1,800 told of the
 * same place days before, though one names the airport and the other the city it serves. Real
 * extractor output of short texts written for this test.
 */
const AT = new Date("2027-05-20T12:00:00Z");
const first = sourceDocument(
  "1,800 US soldiers to leave Baghdad airport, adviser says",
  "About 1,800 US soldiers will leave Baghdad airport by the end of September under the transition plan, a government adviser told Al Sumaria. The adviser said a small team would stay to guard the embassy.",
  "Al Sumaria",
  "2027-05-02",
);
const answer = (place: string, outlet: string, publishedAt = "2027-05-03") =>
  sourceDocument(
    "Coalition sets out the autumn transition",
    `About 600 personnel, not 1,800 as reported by some outlets, will leave ${place} by the end of September, the coalition said. The coalition thanked its partners for their work.`,
    outlet,
    publishedAt,
  );
const boxesWith = (other: ReturnType<typeof answer>) =>
  conflictsOf([first, other], AT)
    .filter((c) => c.claims.some((x) => x.articleId === first.article.id))
    .filter((c) => c.claims.some((x) => x.articleId === other.article.id))
    .map((c) => c.claims.map((x) => x.value).sort((a, b) => (a ?? 0) - (b ?? 0)));

describe("conflicts: a figure another outlet names and denies", () => {
  it("sets the correction against the figure it names, told of the same place", () => {
    expect(boxesWith(answer("Baghdad", "Coalition press release"))).toContainEqual([600, 1800]);
  });

  it("guard: the same figure told of a place far away is another matter", () => {
    expect(boxesWith(answer("Basra", "Coalition press release"))).toEqual([]);
  });

  it("guard: a figure told weeks later is no answer to this one", () => {
    expect(boxesWith(answer("Baghdad", "Coalition press release", "2027-07-20"))).toEqual([]);
  });

  it("guard: the outlet correcting its own figure revises it, no box", () => {
    expect(boxesWith(answer("Baghdad", "Al Sumaria"))).toEqual([]);
  });
});
