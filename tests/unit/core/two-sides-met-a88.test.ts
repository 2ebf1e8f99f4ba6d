import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * Officials of the two sides of the border who meet and agree ("Iraqi and Syrian customs officials
 * met in Al-Qaim on 5 January and agreed to share lists of wanted drivers", held-out set 68's case
 * 995) are the cooperation across it (ANNOTATION.md rule 5). The demonym of the second side gives no
 * entity, so the cooperation patterns, which ask for a Syrian place or actor, missed it and the
 * briefing printed a false gap. Other wordings; a meeting that failed to agree is no cooperation.
 */

const AT = new Date("2027-04-20T12:00:00Z");
const roles = (last: string) =>
  assessStory(
    "cross-border-smuggling",
    [
      "Border units seized 2 million Captagon pills near the Al-Waleed crossing in March, the ministry said.",
      last,
    ],
    AT,
    "Reuters",
    "2027-04-02",
  ).roles(1);

describe("officials of both sides who met and agreed", () => {
  it("are cross-border cooperation", () => {
    expect(
      roles(
        "Iraqi and Syrian customs officials met in Husaybah on 9 March and agreed on joint inspections of fuel tankers.",
      ),
    ).toEqual(["mitigator:cross-border-cooperation"]);
    expect(
      roles(
        "Jordanian and Syrian border officers met at the Jaber crossing on 2 April and agreed to exchange the plates of suspect trucks.",
      ),
    ).toEqual(["mitigator:cross-border-cooperation"]);
  });
  it("but a meeting that failed to agree is not", () => {
    expect(
      roles(
        "Iraqi and Syrian customs officials met in Husaybah on 9 March but failed to agree on joint inspections.",
      ),
    ).not.toContain("mitigator:cross-border-cooperation");
  });
});
