import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * A town said still held by the attackers, with the place as the subject ("has remained in the
 * hands of ISIS fighters"), against the state's forces said to have re-entered or secured it a few
 * days later: one conflict on whether the attackers hold the place, whose analytic line says the
 * two may be true in sequence. A retaking more than a week after the hold was told is a later
 * change, and the holders named after "in the hands of" are never read as the town holding out.
 */
const AT = new Date("2026-12-10T12:00:00Z");
const residents = sourceDocument(
  "Residents flee Al-Sukhnah",
  [
    "ISIS fighters stormed the town of Al-Sukhnah on 2 December and burned the municipal building.",
    "Residents reached by phone say the town of Al-Sukhnah has remained in the hands of ISIS fighters since their assault, and that the bakeries are closed.",
  ].join("\n\n"),
  "Syria Direct",
  "2026-12-05",
);
const ministry = (day: string, published: string) =>
  sourceDocument(
    "Ministry statement",
    `Troops of the 25th Division re-entered the town of Al-Sukhnah on ${day} after a three-day operation, the Defence Ministry said.`,
    "SANA",
    published,
  );
const held = (docs: ReturnType<typeof sourceDocument>[]) =>
  assess(themeFixture("isis-badia-insurgency"), docs, AT).conflicts.filter((c) => /still hold/.test(c.topic));

describe("a town held by the attackers against its retaking", () => {
  it("sets 'has remained in the hands of ISIS fighters' against troops who re-entered it three days later, as a sequence", () => {
    const state = ministry("Tuesday", "2026-12-09");
    const found = held([residents, state]);
    expect(found.map((c) => c.claims.map((x) => [x.articleId, x.sentence, x.stance]))).toEqual([
      [
        [residents.article.id, 1, "asserts"],
        [state.article.id, 0, "denies"],
      ],
    ]);
    expect(found[0]?.analysis).toMatch(/may both be true in sequence/);
    expect(found[0]?.doubted).toBeUndefined();
  });

  it("reads 'secured the town' by the army as control restored", () => {
    const state = sourceDocument(
      "Ministry statement",
      "Army units secured the town of Al-Sukhnah on Monday night, the Defence Ministry said.",
      "SANA",
      "2026-12-08",
    );
    expect(held([residents, state]).map((c) => c.claims.length)).toEqual([2]);
  });

  it("does not set the hold against a retaking ten days after it was told", () => {
    expect(held([residents, ministry("Tuesday", "2026-12-16")])).toEqual([]);
  });

  it("does not read the town 'in the hands of ISIS fighters' as the town holding out against its fall", () => {
    const state = ministry("Tuesday", "2026-12-09");
    const a = assess(themeFixture("isis-badia-insurgency"), [residents, state], AT);
    expect(a.conflicts.filter((c) => /fell to the attackers/.test(c.topic))).toEqual([]);
  });
});
