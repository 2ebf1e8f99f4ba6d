import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * A report's bracketed paragraph number ("(43) Several Member States noted …", as UN Monitoring
 * Team reports number theirs) and a source's note mark ("… factions [4].") count nothing: a
 * clause told over a period ("since August") is not made a tally by them, and its event stands.
 */

const AT = "2026-11-20";
const events = (text: string) => extract(text, AT).facts.filter((f) => f.kind !== "quantity");

describe("paragraph numbers and note marks", () => {
  it("keeps strikes told since a month in a paragraph numbered in brackets", () => {
    const text =
      "(43) Several Member States noted that Turkish drone strikes on SDF positions near Kobani since August had forced the SDF to move guard units away from the detention sites.";
    expect(events(text).some((f) => f.kind === "event" && f.tags?.includes("drone"))).toBe(true);
  });

  it("keeps guards cut since a month in a sentence ending on a note mark", () => {
    const text =
      "Human Rights Watch reported that the number of guards at Roj had been cut by about a third since July because fighters were redeployed to the front lines [4].";
    expect(events(text).some((f) => f.tags?.includes("detention-facility"))).toBe(true);
  });
});
