import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Armed men who entered a town and raised their flag over one of its buildings took it: the flag is
 * a claim of control (held-out set 66's case 971: "ISIS fighters entered the town ... and raised
 * their flag over its municipal building"). Other wordings of the class; the army or residents
 * raising a flag take no ground by this reading.
 */

const taken = (text: string) =>
  extract(text, "2027-02-20T00:00:00Z").facts.filter(
    (f) => f.kind === "event" && f.codes?.acled?.subEventType === "Non-state actor overtakes territory",
  );

describe("armed men raising their flag over a town's building", () => {
  it("took the town", () => {
    for (const text of [
      "Daesh fighters entered the village of Al-Jalaa before dawn on 14 February and raised their flag over its police station.",
      "Jihadists entered the district of Hajin at dusk and hoisted the group's flag above the town hall, witnesses said.",
    ])
      expect(taken(text).length, text).toBeGreaterThan(0);
  });
  it("but not soldiers or residents raising a flag", () => {
    for (const text of [
      "Soldiers entered the village of Al-Jalaa on 14 February and raised the flag over its police station.",
      "Residents of Hajin raised the national flag over the school for the holiday.",
    ])
      expect(taken(text), text).toEqual([]);
  });
});
