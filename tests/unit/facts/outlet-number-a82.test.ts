import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Set 66 (case 967): "Three men ... were killed by Jordanian fire near the border on 4 January,
 * relatives told Daraa 24" gave a second figure, "24 men", from the outlet's name. Digits that
 * close the name of an outlet told to or cited ("told France 24", "according to Homs 24") are
 * no count. New wordings.
 */

const values = (text: string) =>
  extract(text, "2027-02-10T09:00:00Z")
    .facts.filter((f) => f.kind === "quantity")
    .map((f) => f.value);

describe("digits that close an outlet's name", () => {
  it("does not read the outlet's number as a count", () => {
    expect(
      values("Four shepherds were wounded by gunfire near the berm, their families told Homs 24."),
    ).toEqual([4]);
    expect(
      values("Two smugglers were arrested at the crossing, a local official told Raqqa 12 on Sunday."),
    ).toEqual([2]);
  });

  it("still reads a figure with a noun of its own after a place name (guard)", () => {
    expect(values("The army sent reinforcements to Palmyra 12 hours after the attack.")).toContain(12);
  });
});
