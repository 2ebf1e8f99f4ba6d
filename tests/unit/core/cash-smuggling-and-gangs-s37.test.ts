import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { ungroundedReason } from "../../../src/core/themes/relevance.js";
import { collectReports } from "../../../src/core/themes/reports.js";
import { citedRoles, paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 37's held-out set 28: a central bank circular on cash smuggled over the western border
 * (seizures in two periods), and a families' complaint that admits smuggling gangs cross their
 * land. The tests tell the same kinds of text in other words.
 */

const AT = new Date("2026-12-05T12:00:00Z");
const smuggling = themeFixture("cross-border-smuggling");

const circular = paragraphsDocument(
  "Circular on cash carried to Syria",
  [
    "To all licensed exchange companies.",
    "The ministry warns exchange companies of the continued smuggling of US dollars in cash across the border with Syria.",
    "Investigators found that dollars bought in Mosul and Erbil are carried across the border by networks of couriers.",
    "The customs authorities seized 9.8 million US dollars in cash at the Rabia crossing between May and October 2026.",
    "In the six months before, seizures amounted to 4.1 million US dollars.",
    "Exchange companies must report every cash withdrawal above 10,000 US dollars.",
  ],
  "Central Bank of Iraq",
  "2026-11-24",
);

describe("a circular on cash smuggled over the border", () => {
  it("is used, and cites the smuggling as a driver and both totals of seizures as seizures", () => {
    const a = assess(smuggling, [circular], AT);
    expect(a.unused).toEqual([]);
    const id = circular.article.id;
    expect(citedRoles(a, id, 1)).toContain("driver:smuggling-reported");
    expect(citedRoles(a, id, 2)).toContain("driver:smuggling-reported");
    expect(citedRoles(a, id, 3)).toEqual(["mitigator:seizures"]);
    expect(citedRoles(a, id, 4)).toEqual(["mitigator:seizures"]);
    // A reporting rule on withdrawals is no withdrawal of anything, nor a seizure.
    expect(citedRoles(a, id, 5)).toEqual([]);
    expect(a.judgments.find((j) => j.id === "smuggling-grows")?.probability).not.toBeNull();
  });

  it("does not lend the seizures before a total of something told with its own place", () => {
    const other = paragraphsDocument(
      "Customs report",
      [
        "The customs authorities seized 2 million US dollars in cash at the Rabia crossing in October.",
        "In Basra, seizures amounted to 300 cars imported without licences.",
      ],
      "Central Bank of Iraq",
      "2026-11-24",
    );
    const tags = collectReports([other])
      .filter((r) => r.sentence === 1)
      .flatMap((r) => r.tags);
    expect(tags).toContain("seizure");
    expect(tags).not.toContain("smuggling");
  });
});

describe("an account that names smuggling gangs", () => {
  const complaint = paragraphsDocument(
    "Families file complaint over killings near the border",
    [
      "A lawyer filed a complaint on Sunday on behalf of three families whose sons were killed near the Jordanian border.",
      "The complaint says the men killed were herders who carried nothing.",
      "The families admit that smuggling gangs cross their land east of Suwayda at night, and that some of them are armed.",
    ],
    "Suwayda 24",
    "2026-11-30",
  );

  it("is security news: the gangs are armed participants of what it tells", () => {
    expect(ungroundedReason(collectReports([complaint]))).toBeNull();
    const a = assess(smuggling, [complaint], AT);
    expect(a.unused).toEqual([]);
    expect(citedRoles(a, complaint.article.id, 2).some((r) => r.startsWith("driver:"))).toBe(true);
  });

  it("still sets aside a metaphor with no such body", () => {
    const rider = paragraphsDocument(
      "Rider smuggled into the budget",
      [
        "Deputies said a rider on fuel subsidies was smuggled into the budget bill at night.",
        "The speaker said the smuggling of clauses into bills must stop.",
      ],
      "Shafaq News",
      "2026-11-30",
    );
    const a = assess(smuggling, [rider], AT);
    expect(a.factors.flatMap((f) => f.evidence)).toEqual([]);
  });
});
