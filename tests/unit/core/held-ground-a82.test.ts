import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * Readings the blind analytic set 66 asked for, in wording of their own: real extraction,
 * assessed against the shipped theme. Case 970: government units that took over the desert in
 * a past year "hold only the main towns, and no force patrols the open desert between them" —
 * the absence the sentence tells is the vacuum, not new forces filling it.
 */

const AT = new Date("2027-04-02T12:00:00Z");
const story = (...sentences: string[]) =>
  assessStory("isis-badia-insurgency", sentences, AT, "Syria Monitoring Desk (briefing note)", "2027-03-25");

describe("a takeover named beside the ground left unheld", () => {
  it("reads units that took over the desert but leave it unpatrolled as the vacuum", () => {
    const { roles } = story(
      "The army brigades that took over the Palmyra desert in 2024 guard only the highway and a few villages, and no force patrols the steppe between them.",
    );
    expect(roles(0)).toEqual(["driver:security-vacuum"]);
  });

  it("still reads forces that took over a vacuum as new forces (guard)", () => {
    const { roles } = story(
      "A newly formed army brigade took over the posts around Palmyra that the militias had abandoned in February, ending months in which the desert lay empty.",
    );
    expect(roles(0)).toContain("mitigator:new-forces");
    expect(roles(0)).not.toContain("driver:security-vacuum");
  });
});
