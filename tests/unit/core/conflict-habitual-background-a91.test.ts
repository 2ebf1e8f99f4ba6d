import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Who was killed, and what goes on as a rule: "a village elder said smugglers take fuel through
 * the same breach every night" tells what is done at a frequency, the background of the killing,
 * not an account of who was hit; set beside the command's "the three farmers were killed in a
 * quarrel", it is no "smugglers or civilians" dispute. An elder who says the men killed that night
 * were smugglers does give such an account. Real extractor output of short texts.
 */

const AT = new Date("2026-06-01T12:00:00Z");
const theme = themeFixture("border-fortification");
const site = (second: string) =>
  sourceDocument(
    "Gunmen from Syria kill three farmers near Khanasor",
    `Gunmen who crossed from Syria on Monday night killed three farmers near the village of Khanasor, north of Sinjar, relatives told the site. ${second} Residents said the nearest border post had been empty for weeks.`,
    "Kurdistan24",
    "2026-05-14",
  );
const command = sourceDocument(
  "Border command statement on Khanasor",
  "The Border Forces Command denies reports that gunmen crossed from Syrian territory near Khanasor. The three farmers were killed in a quarrel between neighbours over water, and the killers are local men known to the police. Our forces stopped 14 attempts to cross in the Sinjar sector in April.",
  "Iraq's Border Forces Command (statement)",
  "2026-05-15",
);
const whoBoxes = (a: ReturnType<typeof assess>) => a.conflicts.filter((c) => /^Who was killed/.test(c.topic));

describe("conflicts: what is done every night is no account of who was killed", () => {
  it("does not set the smugglers' nightly route against the farmers killed", () => {
    const a = assess(
      theme,
      [site("A village elder said smugglers take fuel through the same breach every night."), command],
      AT,
    );
    expect(whoBoxes(a)).toEqual([]);
  });

  it("still sets an elder's account that the dead were smugglers against the farmers", () => {
    const a = assess(
      theme,
      [site("A village elder said the men killed that night were fuel smugglers."), command],
      AT,
    );
    expect(whoBoxes(a).length).toBe(1);
  });
});
