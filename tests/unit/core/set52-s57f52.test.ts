import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import type { Assessment } from "../../../src/core/themes/assessment.js";
import { namedApart } from "../../../src/core/themes/conflicts-claims.js";
import { collectReports } from "../../../src/core/themes/reports.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 57, helper f52 (held-out analytic set 52): readings of the assessment that set 52
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

describe("a barrier told not breached", () => {
  it("does not read 'neither the fence nor the ditch was breached' as a missing barrier", () => {
    const a = story("border-fortification", [
      "Nobody was wounded in the clash near Rabia, and neither the fence nor the ditch in that stretch of the Iraqi border was breached.",
    ]);
    expect(citedAt(a, 0)).not.toContain("driver:smuggling-networks");
    expect(citedAt(a, 0)).not.toContain("driver:infiltration-pressure");
  });

  it("still reads a stretch of the Iraqi border with no fence as a missing barrier", () => {
    const a = story("border-fortification", [
      "Near Rabia there is no fence on the Iraqi border, and smugglers drive across at night, officers said.",
    ]);
    expect(citedAt(a, 0).some((x) => x.startsWith("driver:"))).toBe(true);
    expect(citedAt(a, 0)).not.toContain("mitigator:physical-barrier");
  });
});

describe("a seizure offered as the measure of a growing trade", () => {
  it("reads a seizure figure that 'reflects growing attempts' as the traffic, not its stopping", () => {
    const a = story("cross-border-smuggling", [
      "That total compares with 400 kilograms of hashish seized at the Rabia crossing in the summer and reflects growing attempts by smugglers to use the crossing.",
    ]);
    expect(citedAt(a, 0)).toContain("driver:smuggling-reported");
    expect(citedAt(a, 0)).not.toContain("mitigator:seizures");
  });

  it("keeps a seizure that shows the officers' vigilance a seizure", () => {
    const a = story("cross-border-smuggling", [
      "Officers at the Rabia crossing seized 400 kilograms of hashish in a lorry from Syria, which shows the vigilance of the customs teams.",
    ]);
    expect(citedAt(a, 0)).toContain("mitigator:seizures");
  });
});

describe("a backer-funded supply to a partner force's sites told ended", () => {
  it("reads coalition-funded fuel deliveries to SDF detention sites that ended as the SDF losing backing", () => {
    const a = story("coalition-withdrawal", [
      "Coalition-funded diesel deliveries to SDF detention centres in Qamishli stopped in November when the grant ran out.",
    ]);
    expect(citedAt(a, 0)).toContain("driver:sdf-exposure");
  });

  it("does not read the deliveries told continuing, while something else stopped, as a cut", () => {
    const a = story("coalition-withdrawal", [
      "Coalition-funded diesel deliveries to SDF detention centres in Qamishli continued, while a private bakery stopped its bread run in November.",
    ]);
    expect(citedAt(a, 0)).not.toContain("driver:sdf-exposure");
  });
});

describe("a place named by another spelling than the lexicon's", () => {
  const reportOf = (text: string, outlet: string) =>
    collectReports([sourceDocument("Report", text, outlet, "2026-12-04")]).find((r) => r.kind === "event");

  it("counts the place as named, so reports from two places are told apart", () => {
    const a = reportOf(
      "Gunmen attacked a border post opposite the village of Baghuz on Tuesday night.",
      "Asharq News",
    );
    const b = reportOf(
      "Gunmen attacked a border post near the Rabia crossing on Tuesday night.",
      "Levant Weekly",
    );
    expect(a && b && namedApart(a, b)).toBe(true);
  });

  it("and two spellings of one place as the same place", () => {
    const a = reportOf(
      "Gunmen attacked a border post opposite the village of Baghuz on Tuesday night.",
      "Asharq News",
    );
    const b = reportOf("Gunmen attacked a border post near Baghouz on Tuesday night.", "Levant Weekly");
    expect(a && b && namedApart(a, b)).toBe(false);
  });
});

describe("a coalition member's forces told leaving, and the denial", () => {
  const doc = (paragraphs: string[], outlet: string, day: string) =>
    sourceDocument("Report", paragraphs.join("\n\n"), outlet, day);

  it("reads French troops withdrawing from Iraq as the coalition withdrawing", () => {
    const a = story("coalition-withdrawal", [
      "French troops have begun withdrawing from Iraq and will be gone by March, officials told the channel.",
    ]);
    expect(citedAt(a, 0)).toContain("driver:withdrawal-intent");
  });

  it("sets a ministry's denial that the forces have begun leaving against the report that they are", () => {
    const a = assess(
      themeFixture("coalition-withdrawal"),
      [
        doc(
          [
            "French troops have begun withdrawing from Iraq and will be gone by March, officials told the channel.",
          ],
          "Al-Ahad TV",
          "2026-12-04",
        ),
        doc(
          ["The ministry denies reports that French troops have begun leaving Iraq."],
          "French Ministry of the Armed Forces (statement)",
          "2026-12-05",
        ),
      ],
      new Date("2026-12-08T12:00:00Z"),
    );
    expect(a.conflicts.some((c) => c.kind === "denial" && c.factor === "withdrawal-intent")).toBe(true);
  });

  it("does not set a denial about another force's departure against it", () => {
    const a = assess(
      themeFixture("coalition-withdrawal"),
      [
        doc(
          [
            "French troops have begun withdrawing from Iraq and will be gone by March, officials told the channel.",
          ],
          "Al-Ahad TV",
          "2026-12-04",
        ),
        doc(
          ["The embassy denies reports that US troops have begun leaving the Kurdistan Region."],
          "US Embassy Baghdad (statement)",
          "2026-12-05",
        ),
      ],
      new Date("2026-12-08T12:00:00Z"),
    );
    expect(a.conflicts.some((c) => c.kind === "denial" && c.factor === "withdrawal-intent")).toBe(false);
  });
});

describe("a recommendation that returns be sped up", () => {
  it("does not read a body's recommendation to speed up returns as a repatriation", () => {
    const a = story("isis-prison-escape", [
      "The institute recommends that Western governments speed up the return of their citizens from Al-Hol camp.",
    ]);
    expect(citedAt(a, 0)).not.toContain("mitigator:repatriation");
  });

  it("still reads returns that were sped up as a repatriation", () => {
    const a = story("isis-prison-escape", [
      "Iraq repatriated 600 of its citizens from Al-Hol camp to the Jeddah-1 centre in November.",
    ]);
    expect(citedAt(a, 0)).toContain("mitigator:repatriation");
  });
});

describe("an open question opened by 'whether'", () => {
  it("does not read what a 'whether ... will depend on' sentence names as reported", () => {
    const a = story("border-fortification", [
      "Whether the new fence on the Iraqi border deters the smuggling gangs will depend on how long Baghdad pays the guards.",
    ]);
    expect(citedAt(a, 0)).toEqual([]);
  });

  it("still reads the main clause after 'whether or not'", () => {
    const a = story("border-fortification", [
      "Whether or not the talks succeed, smuggling gangs cross the Iraqi border near Rabia every night, officers said.",
    ]);
    expect(citedAt(a, 0).some((x) => x.startsWith("driver:"))).toBe(true);
  });
});
