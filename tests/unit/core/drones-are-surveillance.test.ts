import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * Drones that fly over the border every night and cameras moved to new towers watch the border:
 * surveillance, not forces deployed, though the sentence says they "patrol" or were "moved" (the
 * factor survey, bench/analysis/factor-survey.ts, found such sentences filed as forces deployed).
 * A brigade deployed with its cameras stays forces deployed.
 */

const AT = new Date("2027-06-20T12:00:00Z");
const roles = (last: string) =>
  assessStory(
    "border-fortification",
    [
      "Iraq's Border Forces Command reported no infiltration on the Syrian frontier in the first week of June.",
      last,
    ],
    AT,
    "Reuters",
    "2027-06-10",
  ).roles(1);

describe("drones and cameras on the border", () => {
  it("are surveillance, not forces deployed", () => {
    const cited = roles(
      "Four drones of the Army Aviation now patrol the Rabia sector of the border every night.",
    );
    expect(cited).toContain("mitigator:surveillance");
    expect(cited).not.toContain("mitigator:forces-deployed");
  });
  it("while troops deployed with them are forces deployed", () => {
    expect(
      roles(
        "The army deployed two more battalions to the Rabia sector of the border in May, with drones and cameras.",
      ),
    ).toContain("mitigator:forces-deployed");
  });
});
