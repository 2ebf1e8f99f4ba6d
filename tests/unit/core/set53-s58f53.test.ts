import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import type { Assessment } from "../../../src/core/themes/assessment.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 58, helper f53 (held-out analytic set 53): readings of the assessment that set 53
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

describe("the count of the escapees in a sentence that tells the escape", () => {
  it("cites the sentence as the escape, not as a concentration of detainees", () => {
    const a = story("isis-prison-escape", [
      "Some 35 inmates suspected of links to the Islamic State escaped from the Ghwayran prison in Hasakah on Friday night.",
    ]);
    expect(citedAt(a, 0)).toContain("driver:escape-reported");
    expect(citedAt(a, 0)).not.toContain("driver:detainee-concentration");
  });

  it("still reads a count of those a prison holds as a concentration", () => {
    const a = story("isis-prison-escape", [
      "Some 3,400 Islamic State suspects are held in the Ghwayran prison in Hasakah, about 60 km from the Iraqi border.",
    ]);
    expect(citedAt(a, 0)).toContain("driver:detainee-concentration");
  });
});

describe("a count of who told the story", () => {
  it("does not read 'two local sources told' as detainees held, though they tell of a prison", () => {
    const a = story("isis-prison-escape", [
      "Conditions for detainees accused of belonging to the Islamic State in the Ghwayran prison in Hasakah remain poor, three local sources told the site.",
    ]);
    expect(citedAt(a, 0)).not.toContain("driver:detainee-concentration");
  });

  it("still reads a count of officials who were killed as what happened to them", () => {
    const a = story("isis-prison-escape", [
      "Two prison officials were killed when Islamic State gunmen attacked the Ghwayran prison in Hasakah on Friday.",
    ]);
    expect(citedAt(a, 0).length).toBeGreaterThan(0);
  });
});

describe("a partner force's checkpoints on the roads towards Iraq", () => {
  it("does not read the SDF's checkpoints towards the Iraqi border as Iraq's border defences", () => {
    const a = story("isis-prison-escape", [
      "The Syrian Democratic Forces set up checkpoints on the roads leading from Hasakah towards the Iraqi border on Saturday.",
    ]);
    expect(citedAt(a, 0)).not.toContain("mitigator:iraqi-border-defences");
  });

  it("still reads Iraqi troops sent to the border as Iraq's border defences", () => {
    const a = story("isis-prison-escape", [
      "The Iraqi army sent two brigades to the border with Syria near Sinjar on Saturday.",
    ]);
    expect(citedAt(a, 0)).toContain("mitigator:iraqi-border-defences");
  });
});

describe("a backer's pay for the guards of the detention sites, told ended", () => {
  it("reads the end of a programme that paid the guards, and guards quitting, as the SDF exposed", () => {
    const a = story("coalition-withdrawal", [
      "US troops left the Qasrak base in Hasakah province last week, officials said.",
      "Washington ended last month a programme that paid stipends to some 6,000 SDF guards at the camps and prisons.",
      "SDF officers say unpaid wages have already led dozens of guards at the Roj camp to quit.",
    ]);
    expect(citedAt(a, 1)).toContain("driver:sdf-exposure");
    expect(citedAt(a, 2)).toContain("driver:sdf-exposure");
    expect(a.judgments.find((j) => j.id === "sdf-detention-strain")?.probability).not.toBeNull();
  });

  it("does not read a programme that paid farmers, told ended, as the SDF exposed", () => {
    const a = story("coalition-withdrawal", [
      "US troops left the Qasrak base in Hasakah province last week, officials said.",
      "The agency ended last month a programme that paid stipends to farmers near Qamishli.",
    ]);
    expect(citedAt(a, 1)).not.toContain("driver:sdf-exposure");
  });
});
