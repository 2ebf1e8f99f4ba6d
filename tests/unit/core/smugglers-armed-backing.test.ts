import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * Smugglers who shoot at the soldiers stopping them, or who are "backed by armed groups", show
 * armed groups taking part in the trade, whether or not the sentence names the border force: the
 * factor survey (bench/analysis/factor-survey.ts) found such sentences filed as plain smuggling.
 * A seizure without a shot fired stays smuggling reported.
 */

const AT = new Date("2027-05-20T12:00:00Z");
const roles = (last: string) =>
  assessStory(
    "cross-border-smuggling",
    [
      "Jordanian troops intercepted a smuggling convoy crossing from Syria near Ruwaished on 11 May, the army said.",
      last,
    ],
    AT,
    "Reuters",
    "2027-05-12",
  ).roles(1);

describe("smugglers who fight the troops stopping them", () => {
  it("are armed groups taking part in the trade", () => {
    expect(
      roles(
        "The smugglers were protected by armed gangs who fired on the troops when they were told to halt.",
      ),
    ).toContain("driver:armed-group-involvement");
  });
  it("while a load seized without a fight is smuggling reported", () => {
    expect(roles("The troops seized 900,000 Captagon pills hidden in the trucks.")).not.toContain(
      "driver:armed-group-involvement",
    );
  });
});
