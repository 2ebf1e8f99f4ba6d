import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * A reading the blind analytic set 65 asked for (case 950: army units "were sent to the area"
 * after a reported crossing), in wording of its own: real extraction, assessed against the
 * shipped theme.
 */

const AT = new Date("2027-03-20T12:00:00Z");

describe("forces told sent in the passive", () => {
  const story = (second: string) =>
    assessStory(
      "border-fortification",
      [
        "About 20 ISIS militants crossed from Syria into Iraq near Rabia on the night of 4 March, a security source said.",
        second,
      ],
      AT,
      "Shafaq News",
      "2027-03-06",
    );

  it("reads units 'were sent to the area' as forces deployed", () => {
    const { roles } = story(
      "Two Iraqi army battalions were sent to the area the next day to hunt the group, the source said.",
    );
    expect(roles(1)).toEqual(["mitigator:forces-deployed"]);
  });

  it("does not read wounded soldiers sent to hospital as a deployment", () => {
    const { roles } = story(
      "Two wounded Iraqi soldiers were sent to hospital in Mosul the next day, the source said.",
    );
    expect(roles(1)).not.toContain("mitigator:forces-deployed");
  });
});
