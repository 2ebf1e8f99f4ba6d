import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * Men intercepted at a border crossing as they carried drugs from Syria ("a Jordanian army patrol
 * intercepted the three defendants ... east of the Jaber crossing, without resistance, as they
 * carried 1.1 million Captagon pills from Syrian territory") are a seizure at the border
 * (ANNOTATION.md rules 1 and 7), as a consignment or contraband stopped there is. Held-out set
 * 71's case 1038 lost it, and with it the smuggling-grows judgment. Men intercepted with nothing
 * but their papers are no seizure. Other crossings, forces and loads here.
 */

const AT = new Date("2027-03-01T12:00:00Z");
const story = (sentence: string) =>
  assessStory("cross-border-smuggling", [sentence], AT, "Reuters", "2027-02-20");

describe("an interception at a crossing, told by the drugs carried", () => {
  it.each([
    "The tribunal found that an Iraqi army patrol intercepted the two accused in May 2026 west of the Rabia crossing, without a shot fired, as they carried 600,000 Captagon pills from Syria.",
    "Judges found that a border patrol intercepted the four accused in June 2026 north of the Al-Qaim crossing, without a fight, as they carried 90 kilograms of narcotics from Syria.",
  ])("is a seizure, and smuggling-grows is judged: %s", (sentence) => {
    const s = story(sentence);
    expect(s.roles(0)).toContain("mitigator:seizures");
    expect(s.a.judgments.find((j) => j.id === "smuggling-grows")?.probability ?? null).not.toBeNull();
  });

  it("but men intercepted with their papers only are no seizure", () => {
    expect(
      story(
        "The tribunal found that an Iraqi army patrol intercepted the two accused in May 2026 west of the Rabia crossing, without a shot fired, as they carried their papers.",
      ).roles(0),
    ).not.toContain("mitigator:seizures");
  });
});
