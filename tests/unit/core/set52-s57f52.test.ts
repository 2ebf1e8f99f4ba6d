import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import type { Assessment } from "../../../src/core/themes/assessment.js";
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
