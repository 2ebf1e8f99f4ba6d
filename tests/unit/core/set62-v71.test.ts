import { describe, expect, it } from "vitest";
import { endedAtSite } from "../../../src/core/themes/relevance.js";
import { assessStory } from "../../support/themes.js";

/**
 * Readings prompted by blind analytic set 62 (session 67, helper V71), each on sentences invented
 * here, with a near sentence that must not read that way.
 */

const AT = new Date("2027-01-10T12:00:00Z");
const story = (theme: string, paragraphs: string[], sentence: number, outlet = "Reuters") =>
  assessStory(theme, paragraphs, AT, outlet, "2027-01-04").roles(sentence);

describe("an attack on a detention site beaten back in a later clause of its sentence is control kept", () => {
  const attack = (sentenceText: string, text: string, tags = ["detention-facility", "explosive-device"]) => ({
    kind: "event" as const,
    tags,
    codes: { acled: { eventType: "Explosions/Remote violence" } },
    text,
    sentenceText,
  });

  it("reads the attack as ended when the next clause tells the guards repelled or beat it back", () => {
    expect(
      endedAtSite(
        attack(
          "Five gunmen tried to force the gate of the centre with grenades, and the guards beat back the assault before midnight.",
          "grenades",
        ),
      ),
    ).toBe(true);
    expect(
      endedAtSite(
        attack(
          "Militants set off a truck bomb outside the centre, but the guard force repulsed them within the hour.",
          "a truck bomb",
        ),
      ),
    ).toBe(true);
  });

  it("keeps an attack whose sentence repels something else, and an air strike on a site", () => {
    expect(
      endedAtSite(
        attack(
          "Five gunmen threw grenades at the centre, and the guards repelled a second group at the checkpoint.",
          "grenades",
        ),
      ),
    ).toBe(false);
    expect(
      endedAtSite(
        attack(
          "A drone struck near the centre, and the guards repelled the attack on the gate.",
          "A drone struck",
          ["detention-facility", "airstrike"],
        ),
      ),
    ).toBe(false);
  });

  it("cites the attack beaten back as the guard force's control, and the attack left open as pressure", () => {
    const LEDE =
      "The Internal Security Forces issued a statement on the Alaya prison in Qamishli on Tuesday.";
    expect(
      story(
        "isis-prison-escape",
        [
          LEDE,
          "A group of six gunmen tried to storm the Alaya prison with grenades and machine guns, and our forces beat back the assault after half an hour.",
        ],
        1,
        "Asayish statement",
      ),
    ).toEqual(["mitigator:sdf-control"]);
    expect(
      story(
        "isis-prison-escape",
        [
          LEDE,
          "A group of six gunmen tried to storm the Alaya prison with grenades and machine guns, and the fighting went on for half an hour.",
        ],
        1,
        "Asayish statement",
      ),
    ).not.toContain("mitigator:sdf-control");
  });
});
