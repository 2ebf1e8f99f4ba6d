import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/** An outlet that bears a town's name (sentences written for these tests, not from the corpus). */

const kinds = (text: string) =>
  extract(text, "2026-12-18").entities.map((e) => [e.type, e.lexiconId ?? null]);

describe("an outlet named like a town", () => {
  it("reads the channel where the sentence makes it a listener or a reporter", () => {
    expect(
      kinds("Two guards were wounded at a checkpoint on Tuesday, a security source told Al-Mayadeen."),
    ).toEqual([["organization", "org/al-mayadeen"]]);
    expect(kinds("Al Mayadeen could not reach the border command for comment.")[0]).toEqual([
      "organization",
      "org/al-mayadeen",
    ]);
    expect(kinds("According to Al-Mayadeen, the convoy turned back before dawn.")).toEqual([
      ["organization", "org/al-mayadeen"],
    ]);
    expect(kinds("Footage aired by Al Mayadeen TV showed the burnt trucks.")).toEqual([
      ["organization", "org/al-mayadeen"],
    ]);
  });

  it("reads the town anywhere else", () => {
    expect(kinds("Gunmen shot a shepherd in al-Mayadeen countryside on Monday.")).toEqual([
      ["place", "place/mayadin"],
    ]);
    expect(kinds("Families returned to Al-Mayadeen after the floods.")).toEqual([["place", "place/mayadin"]]);
  });
});
