import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * A coalition member whose last soldiers came home has taken its force out of Iraq: "the Finnish
 * mission in Iraq ended when the last 80 instructors flew home" is that state's part of the
 * coalition withdrawn, the theme's `withdrawal-intent`, as "Finland withdrew its troops" is.
 * Held-out set 68's case 1001 told it of a Norwegian contribution; other states and figures here.
 */

const AT = new Date("2027-03-01T12:00:00Z");
const CAPACITY =
  "Iraqi brigades now lead operations against ISIS cells in the Hamrin mountains without foreign advisers, the ministry said.";
const story = (lead: string) =>
  assessStory("coalition-withdrawal", [lead, CAPACITY], AT, "Finnish Ministry of Defence", "2027-02-20");

describe("the last of a member state's force gone home", () => {
  it.each([
    "The Finnish training mission in Iraq ended on 3 February, when the last 80 instructors flew home.",
    "Belgium's contribution in Iraq came to a close in January, as the last 25 personnel returned home.",
  ])("is that state's part of the coalition withdrawn: %s", (lead) => {
    const { a, roles } = story(lead);
    expect(roles(0)).toContain("driver:withdrawal-intent");
    expect(a.judgments.find((j) => j.id === "isis-gains")?.probability).not.toBeNull();
  });

  it("but a state's civilian staff home, or a state with no force in the coalition, are not", () => {
    for (const lead of [
      "Finland's aid programme in Iraq ended on 3 February, when the last 12 staff flew home.",
      "The Kuwaiti medical mission in Iraq ended on 3 February, when the last 30 doctors flew home.",
    ])
      expect(story(lead).roles(0), lead).not.toContain("driver:withdrawal-intent");
  });
});
