import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles, paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 37 (held-out set 28, border theme), told in other words: a measure in deficit (cameras
 * out of service, fewer drones than before) is evidence on the measure's own mitigator that weakens
 * it, not a smuggling network; and an inspection memorandum whose lede names the border sector it
 * inspected sets its later findings in that sector. Real extraction of short texts written here.
 */
const AT = new Date("2026-12-05T12:00:00Z");

const evidenceOf = (a: ReturnType<typeof assess>, factor: string, articleId: string, sentence: number) =>
  a.factors
    .find((f) => f.id === factor)
    ?.evidence.find((e) => e.articleId === articleId && e.sentence === sentence);

describe("a surveillance measure in deficit weakens the surveillance mitigator", () => {
  const memo = paragraphsDocument(
    "Audit of the Al-Rutba border sector",
    [
      "An audit team of the Ministry of Interior visited the Al-Rutba border sector on 2 and 3 November 2026.",
      "The team toured the sector with the commander of the Iraqi Border Guard Command in the western region.",
      "The auditors found that the concrete wall manned by the Iraqi Border Guard is complete along 20 kilometres of the sector.",
      "The audit recorded that 9 of the 40 thermal cameras installed on the wall in the sector were out of order, some since July.",
      "The auditors noted that the number of drones assigned to the sector has fallen from six to two.",
    ],
    "Ministry of Interior of Iraq",
    "2026-11-30",
  );
  const a = assess(themeFixture("border-fortification"), [memo], AT);

  it("cites cameras out of order under surveillance, pushing against it", () => {
    expect(citedRoles(a, memo.article.id, 3)).toEqual(["mitigator:surveillance"]);
    expect(evidenceOf(a, "surveillance", memo.article.id, 3)?.pushes).toBe("against");
  });

  it("cites fewer drones assigned to the sector under surveillance, pushing against it", () => {
    expect(citedRoles(a, memo.article.id, 4)).toEqual(["mitigator:surveillance"]);
    expect(evidenceOf(a, "surveillance", memo.article.id, 4)?.pushes).toBe("against");
  });

  it("still cites the wall that stands as the barrier", () => {
    expect(citedRoles(a, memo.article.id, 2)).toContain("mitigator:physical-barrier");
  });
});

describe("a wall that did not stop smugglers still tells of the smuggling", () => {
  it("keeps smugglers passing where the wall is down under the smuggling networks", () => {
    const report = paragraphsDocument(
      "Smuggling on the Sinjar border",
      [
        "Smugglers are still moving fuel and cigarettes across the Iraq-Syria border near Sinjar, officials said.",
        '"The wall slowed them down, but it did not stop them," a council member said.',
      ],
      "Rudaw",
      "2026-11-30",
    );
    const a = assess(themeFixture("border-fortification"), [report], AT);
    expect(citedRoles(a, report.article.id, 1)).not.toContain("mitigator:surveillance");
  });
});

describe("a lede that names the border sector it inspects", () => {
  it("sets a later finding on smuggling in that sector", () => {
    const memo = paragraphsDocument(
      "Inspection memorandum",
      [
        "An inspection team of the Inspector General inspected the Husaybah border sector on 10 November 2026.",
        "The team was received by the commander of the Iraqi Border Guard Command in the sector.",
        "The inspection team noted that the smuggling of fuel and sheep through the valleys continues every night, officers said.",
        "The Iraqi Border Guard arrested 12 infiltrators on the Iraq-Syria border in October, the team was told.",
      ],
      "Ministry of Interior of Iraq",
      "2026-11-30",
    );
    const a = assess(themeFixture("border-fortification"), [memo], AT);
    expect(citedRoles(a, memo.article.id, 2)).toContain("driver:smuggling-networks");
  });
});
