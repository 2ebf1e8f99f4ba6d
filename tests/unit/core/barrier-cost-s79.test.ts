import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * Session 79: a barrier told only by what it costs the people it divides (set 64, cases 934 and
 * 937) is a grievance against it, no account of whether it holds. Real extraction of short texts.
 */

const AT = new Date("2027-01-12T12:00:00Z");
const story = (last: string) =>
  assessStory(
    "border-fortification",
    [
      "Iraqi army engineers finished a new berm along 30 kilometres of the border south of Sinjar last month, officers said.",
      last,
    ],
    AT,
  );

describe("a berm or wall told only by its cost to residents", () => {
  it("cites nothing for a berm that cut villagers off from their farmland", () => {
    expect(
      story(
        "Villagers near Khanasor complain that the berm has cut them off from farmland on the other side.",
      ).roles(1),
    ).toEqual([]);
  });

  it("cites nothing for a wall that disrupted the seasonal movement of shepherds", () => {
    expect(
      story("The wall has also disrupted the seasonal movement of Bedouin shepherds across the plain.").roles(
        1,
      ),
    ).toEqual([]);
  });

  it("still cites a wall that disrupted the movement of smugglers", () => {
    expect(
      story("The wall has also disrupted the movement of smugglers across the plain, officers said.").roles(
        1,
      ),
    ).toEqual(["mitigator:physical-barrier"]);
  });
});
