import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * Session 79 (set 64, case 945): a sentence that rates a claim false and goes on, in a clause of
 * its own, to tell the source's own account. The rated claim shows nothing; the account is news.
 */

const AT = new Date("2027-01-12T12:00:00Z");

describe("a claim rated false, then the source's own account", () => {
  it("cites the presence told after the rating as residual presence", () => {
    const { roles } = assessStory(
      "coalition-withdrawal",
      [
        "Rumours that American troops have left the Ain al-Asad base are baseless, and US soldiers continue to serve there beside Iraqi units.",
      ],
      AT,
      "Iraqi Joint Operations Command (statement)",
      "2026-12-20",
    );
    expect(roles(0)).toEqual(["mitigator:residual-presence"]);
  });

  it("still cites nothing of a sentence that only rates the claim false", () => {
    const { roles } = assessStory(
      "coalition-withdrawal",
      ["Rumours that American troops have left the Ain al-Asad base are baseless."],
      AT,
      "Iraqi Joint Operations Command (statement)",
      "2026-12-20",
    );
    expect(roles(0)).toEqual([]);
  });
});
