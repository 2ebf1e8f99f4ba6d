import { describe, expect, it } from "vitest";
import type { Conflict } from "../../../src/core/themes/assessment.js";
import { claimsOf } from "../../../src/core/themes/conflicts-claims.js";
import { collectReports, type Report } from "../../../src/core/themes/reports.js";
import { meetsRequirement } from "../../../src/core/themes/sufficiency.js";
import { assessStory, conflictsOf, paragraphsDocument, sourceDocument } from "../../support/themes.js";

/**
 * Session 64 (a64), held-out analytic set 59, on short texts written for these tests:
 * - "Strikes against ISIS" over one quarter compare no two periods: "against" compares only
 *   before a count or a period ("41 attacks, against 26").
 * - An arrest count told as what "the number of people arrested ... is", and a count "in 2026",
 *   a year's tally, set against another account's count of the same year.
 * - A force's whole strength told as its own ("pulling their 2,500 soldiers out") against
 *   another account of how many remain.
 * - A garrison stretched thin, and crossers turned back, cited under their factors.
 * - Women who tried to slip out of a camp "and were caught" were stopped (sdf-control, ANNOTATION
 *   rule 1); an attack ISIS claims in Iraq is no sign of ISIS active around the Syrian sites.
 */

const AT = new Date("2026-12-20T12:00:00Z");
const valuesOf = (cs: Conflict[]) => cs.map((c) => c.claims.map((x) => x.value ?? 0).sort((a, b) => a - b));

describe("sufficiency: 'against' that names a target", () => {
  const trend = { groups: [{ factors: ["attacks"], about: "attacks in the desert" }], periods: 2 };
  const report = (date: string, sentenceText: string) =>
    ({ date, publishedAt: "2026-12-10", ownDate: true, sentenceText }) as unknown as Report;
  const unmet = (...reports: Report[]) =>
    meetsRequirement(trend, new Map([["attacks", reports.map((r) => ({ report: r }))]]));

  it("finds no comparison in operations against a group over one span of months", () => {
    expect(
      unmet(
        report(
          "2026-08-01",
          "Between August and October 2026, coalition jets flew 40 sorties against the cells in the Homs desert.",
        ),
      ),
    ).toEqual([expect.stringMatching(/2 periods to compare/)]);
  });

  it("still reads 'against' before a count or a period as a comparison", () => {
    for (const text of [
      "The cells mounted 33 raids between August and October 2026, against 19 in the three months before.",
      "Attacks in October were higher than in September, against the same period last year.",
    ])
      expect(unmet(report("2026-08-01", text)), text).toEqual([]);
  });
});

describe("an arrest count of one year, corrected by another body", () => {
  const broadcaster = paragraphsDocument(
    "Border police year in review",
    [
      "Border police detained 340 people who tried to cross from Syria in 2026, the force said in its yearly report.",
    ],
    "Al-Sumaria",
    "2026-12-12",
  );
  const ministry = paragraphsDocument(
    "Ministry amends the border police figures",
    [
      "The number of people detained while attempting to cross from Syria in 2026 is 260, not 340, because the first count included 80 people returned by the Syrian side.",
    ],
    "Iraqi Ministry of Interior",
    "2026-12-13",
  );

  it("reads the count told as what the number of those detained is", () => {
    const kinds = claimsOf(collectReports([ministry])).map((f) => [f.kind, f.value]);
    expect(kinds).toContainEqual(["arrested:civilians", 260]);
  });

  it("sets the two counts of the year side by side", () => {
    const found = conflictsOf([broadcaster, ministry], AT).filter((c) => c.kind === "figures");
    expect(valuesOf(found)).toContainEqual([260, 340]);
  });

  it("judges the later figure that names the first as wrong the better supported", () => {
    const [found] = conflictsOf([broadcaster, ministry], AT).filter((c) => c.kind === "figures");
    expect(found?.analysis).toMatch(/^The figure of 260 is better supported: it is the later correction/);
    expect(found?.doubted).toEqual([`${broadcaster.article.id}#0`]);
  });

  it("does not read a year that dates an agreement as the count's year", () => {
    const agreed = paragraphsDocument(
      "Statement",
      [
        "Border police detained 75 people at the crossing, under the arrangement agreed with Damascus in 2026.",
      ],
      "Iraqi Ministry of Interior",
      "2026-12-13",
    );
    const [claim] = claimsOf(collectReports([agreed]));
    expect(claim?.said.period).toBe(false);
  });
});

describe("a year's tally told as 'last year'", () => {
  it("sets 'in 2025' and another account's 'last year' side by side", () => {
    const report = paragraphsDocument(
      "Annual report",
      ["In 2025 the directorate seized 18 million Captagon pills at the Nasib crossing."],
      "Jordan Customs",
      "2026-11-02",
    );
    const advisory = paragraphsDocument(
      "Freight advisory",
      ["Customs officers at Nasib seized about 9 million pills last year, the insurer noted."],
      "TT Club",
      "2026-11-20",
    );
    const found = conflictsOf([report, advisory], AT).filter((c) => c.kind === "figures");
    expect(valuesOf(found)).toContainEqual([9_000_000, 18_000_000]);
  });

  it("does not read 'since last year' as the year's tally", () => {
    const since = paragraphsDocument(
      "Update",
      ["Customs officers at Nasib have seized about 9 million pills since last year."],
      "TT Club",
      "2026-11-20",
    );
    const [claim] = claimsOf(collectReports([since]));
    expect(claim?.said.window[0]).not.toBe(Date.UTC(2025, 0, 1));
  });
});

describe("a force's strength told as its own", () => {
  const channel = paragraphsDocument(
    "The Americans are going",
    [
      "The American forces are moving their 1,800 soldiers out of Ain al-Asad and Victory base, and all will be gone by the summer, militia sources said.",
    ],
    "Sabereen News (Telegram)",
    "2026-12-10",
  );
  const pentagon = paragraphsDocument(
    "Pentagon statement",
    [
      "Fewer than 900 US military personnel remain in Iraq, all of them at Ain al-Asad, the Pentagon said on Friday.",
    ],
    "US Department of Defense",
    "2026-12-12",
  );

  it("counts the troops a force is said to be moving out as its troops there", () => {
    const kinds = claimsOf(collectReports([channel])).map((f) => [f.kind, f.value]);
    expect(kinds).toContainEqual(["troops:us", 1800]);
  });

  it("does not count troops already withdrawn as those that remain", () => {
    const gone = paragraphsDocument(
      "Withdrawal",
      ["The American forces withdrew their 600 soldiers from the base last year."],
      "Reuters",
      "2026-12-10",
    );
    expect(claimsOf(collectReports([gone])).filter((f) => f.kind === "troops:us")).toEqual([]);
  });

  it("sets the two accounts of the force's size side by side", () => {
    const found = conflictsOf([channel, pentagon], AT).filter(
      (c) => c.kind === "figures" && /troops/i.test(c.topic),
    );
    expect(valuesOf(found)).toContainEqual([900, 1800]);
  });
});

describe("garrisons thinned and crossers turned back, cited", () => {
  it("cites a desert force stretched thin as the security vacuum", () => {
    const { roles } = assessStory(
      "isis-badia-insurgency",
      [
        "ISIS cells attacked an army checkpoint near Palmyra on 2 December, killing three soldiers.",
        "Government units around Palmyra are stretched thin, with some outposts manned by only five soldiers.",
      ],
      AT,
    );
    expect(roles(1)).toContain("driver:security-vacuum");
  });

  it("cites armed men turned back at the border as an interdiction", () => {
    const { roles } = assessStory(
      "border-fortification",
      ["On 5 December Iraqi border guards pushed back 11 armed men who tried to cross near Rabia."],
      AT,
    );
    expect(roles(0)).toContain("mitigator:interdictions");
  });

  it("cites an escape attempt stopped by catching those who tried as the guards' control", () => {
    const { roles } = assessStory(
      "isis-prison-escape",
      [
        "On 6 December four women tried to escape from Al-Hol camp inside a sewage truck and were caught at the outer gate.",
      ],
      AT,
    );
    expect(roles(0)).toContain("mitigator:sdf-control");
    expect(roles(0)).not.toContain("driver:escape-reported");
  });

  it("does not cite ISIS attacks in Iraq as ISIS active around the Syrian sites", () => {
    const { roles } = assessStory(
      "isis-prison-escape",
      [
        "Guards at Al-Sina'a prison in Hasakah were put on alert on 4 December.",
        "ISIS fighters attacked three army posts near Al-Baaj in Nineveh on 2 December.",
      ],
      AT,
    );
    expect(roles(1)).not.toContain("driver:isis-active");
  });
});

describe("a year that dates a change told after the figure is not the figure's year (merge of s64)", () => {
  it("sets a force's size now against another size even when a reduction in the year before is told after it", () => {
    const paper = sourceDocument(
      "Paper",
      "Spain intends to withdraw all of its roughly 480 soldiers from Iraq before the summer, El País reported.",
      "El País",
      "2027-02-01",
    );
    const ministry = sourceDocument(
      "Ministry",
      "The Spanish contingent in Iraq now numbers some 260 soldiers, after a reduction in 2026.",
      "Spanish Ministry of Defence",
      "2027-02-02",
    );
    const figures = conflictsOf([paper, ministry], new Date("2027-02-10T12:00:00Z")).filter(
      (c) => c.kind === "figures",
    );
    expect(figures.some((c) => c.claims.some((x) => x.articleId === ministry.article.id))).toBe(true);
  });
});
