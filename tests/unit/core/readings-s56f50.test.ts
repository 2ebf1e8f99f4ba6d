import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import type { Assessment } from "../../../src/core/themes/assessment.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 56, helper f50 (held-out analytic set 50): readings of the assessment that set 50
 * showed missing, tested on texts written for these tests.
 */

const citedAt = (a: Assessment, sentence: number) =>
  a.factors.flatMap((f) => f.evidence.filter((e) => e.sentence === sentence).map(() => `${f.role}:${f.id}`));

const story = (theme: string, paragraphs: string[], publishedAt = "2026-12-10", outlet = "Rudaw") => {
  const doc = sourceDocument("Report", paragraphs.join("\n\n"), outlet, publishedAt);
  return assess(
    themeFixture(theme),
    [doc],
    new Date(Date.parse(`${publishedAt}T12:00:00Z`) + 3 * 86_400_000),
  );
};

describe("a disorder in a prison wing that the guards contained", () => {
  it("reads a disturbance that broke out and was contained as control kept, not an escape", () => {
    const a = story("isis-prison-escape", [
      "A disturbance broke out in the north wing of the Hasakah prison on Monday night and was contained by the guards within two hours.",
    ]);
    expect(citedAt(a, 0)).toEqual(["mitigator:sdf-control"]);
  });

  it("keeps detainees who broke out of the wing an escape", () => {
    const a = story("isis-prison-escape", [
      "Twelve ISIS detainees broke out of the north wing of the Hasakah prison on Monday night.",
    ]);
    expect(citedAt(a, 0)).not.toContain("mitigator:sdf-control");
    expect(citedAt(a, 0).some((x) => x.startsWith("driver:"))).toBe(true);
  });
});

describe("goods intercepted on their way into a camp", () => {
  it("reads phones that camp guards intercepted being smuggled in for ISIS women as control of the camp", () => {
    const a = story("isis-prison-escape", [
      "Guards at al-Hol camp intercepted 25 mobile phones being smuggled into the camp last month for women linked to ISIS.",
    ]);
    expect(citedAt(a, 0)).toEqual(["mitigator:sdf-control"]);
  });

  it("does not read phones smuggled into the camp, with nothing intercepted, as control", () => {
    const a = story("isis-prison-escape", [
      "Smugglers brought 25 mobile phones into al-Hol camp last month for women linked to ISIS.",
    ]);
    expect(citedAt(a, 0)).not.toContain("mitigator:sdf-control");
  });
});

describe("a barrier told first, then crossed in a relative clause", () => {
  it("reads a berm 'which smugglers cross every week' as smuggling, not a barrier that holds", () => {
    const a = story("border-fortification", [
      "North of Rabia, the frontier is marked only by a sand berm, which smugglers cross with pick-up trucks every night, officers said.",
    ]);
    expect(citedAt(a, 0)).not.toContain("mitigator:physical-barrier");
    expect(citedAt(a, 0).some((x) => x.startsWith("driver:"))).toBe(true);
  });

  it("keeps a berm 'which smugglers can no longer cross' a barrier that holds", () => {
    const a = story("border-fortification", [
      "North of Rabia, the frontier is now marked by a high sand berm, which smugglers can no longer cross with pick-up trucks, officers said.",
    ]);
    expect(citedAt(a, 0)).toContain("mitigator:physical-barrier");
  });
});

describe("two counts of a foreign force, one with 'military' before its head", () => {
  const two = (second: string) =>
    assess(
      themeFixture("coalition-withdrawal"),
      [
        sourceDocument(
          "Commentary",
          "The United States pulled its troops out of Taji and Baghdad last year, and some 2,000 US personnel now remain at Erbil air base.",
          "A think tank",
          "2026-12-01",
        ),
        sourceDocument("Update", second, "An oil company", "2026-12-05"),
      ],
      new Date("2026-12-08T12:00:00Z"),
    );

  it("shows '800 US military personnel remain' against '2,000 US personnel remain' as a conflict named where the force stands", () => {
    const a = two(
      "About 800 US military personnel remain in the Kurdistan Region, according to a government briefing.",
    );
    const k = a.conflicts.find((c) => c.topic.startsWith("How many US troops remain"));
    expect(k?.claims.length).toBe(2);
    expect(k?.topic).toContain("Erbil");
  });

  it("shows no conflict for medical personnel", () => {
    const a = two(
      "About 800 US medical personnel remain in the Kurdistan Region, according to a government briefing.",
    );
    expect(a.conflicts.filter((c) => c.topic.startsWith("How many US troops remain"))).toEqual([]);
  });
});

describe("a wall named only as what talks will weigh the money for", () => {
  it("does not read a meeting to discuss the budget for the rest of the wall as a barrier", () => {
    const a = story("border-fortification", [
      "The governor will meet the defence minister next month to discuss the funding for the unfinished stretches of the wall.",
    ]);
    expect(citedAt(a, 0)).not.toContain("mitigator:physical-barrier");
  });

  it("keeps a wall that now runs the length of a sector a barrier", () => {
    const a = story("border-fortification", [
      "The governor said the concrete wall now runs without a gap along the whole Rabia sector of the border.",
    ]);
    expect(citedAt(a, 0)).toContain("mitigator:physical-barrier");
  });
});

describe("ISIS remnants gathering near the border", () => {
  it("reads remnants observed gathering near the border as pressure to cross", () => {
    const a = story("border-fortification", [
      "ISIS remnants in the desert opposite the Qaim sector were observed gathering near the border three times in November, a commander said.",
    ]);
    expect(citedAt(a, 0)).toEqual(["driver:infiltration-pressure"]);
  });
});
