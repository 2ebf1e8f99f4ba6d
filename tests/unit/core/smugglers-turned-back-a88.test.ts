import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * One party of smugglers turned back at the line is a stop: it shows the border holding that night
 * and says nothing of whether the trade goes on (held-out set 69's case 1006: "the group,
 * smugglers carrying cigarettes, turned back into Syrian territory without crossing"). Whether
 * smuggling persists is then not addressed; a sentence that tells the smugglers keep coming,
 * though turned back once, still addresses it. Other wordings of the class.
 */

const AT = new Date("2027-02-20T12:00:00Z");
const story = (second: string) =>
  assessStory(
    "border-fortification",
    [
      "About a dozen gunmen crossed from Syria into Iraq near Rabia on Tuesday night, local officials said.",
      second,
    ],
    AT,
    "Reuters",
    "2027-02-14",
  );
const smugglingPersists = (second: string) =>
  story(second).a.judgments.find((j) => j.id === "smuggling-persists")?.probability ?? null;

describe("a party of smugglers turned back", () => {
  it("gives no judgment on whether smuggling persists", () => {
    expect(
      smugglingPersists(
        "Border police fired flares, and the party, fuel smugglers leading mules, fled back into Syrian territory near Rabia.",
      ),
    ).toBeNull();
    expect(
      smugglingPersists(
        "A border patrol opened fire in the air and a group of sheep smugglers was driven back into Syrian territory west of Rabia.",
      ),
    ).toBeNull();
  });
  it("but smugglers who keep coming after being turned back still tell that the trade goes on", () => {
    expect(
      smugglingPersists(
        "Fuel smugglers who were driven back into Syrian territory near Rabia still return every night, local officials said.",
      ),
    ).not.toBeNull();
  });
});
