import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * A measure at Iraq's border whose occasion is a riot at a prison, told in the measure's closing
 * clause ("Iraq's Border Forces raised their state of alert along the frontier opposite Hasakah
 * province after the riot"), is a border defence: the riot happened at the prison. Held-out set
 * 71's case 1032 lost it, and with it the reach-iraq judgment it makes due. A riot told as
 * happening at the border post is still a riot there. Other places, forces and figures here.
 */

const AT = new Date("2027-03-01T12:00:00Z");
const LEAD =
  "The Ghwayran prison holds about 3,000 men accused of ISIS membership, some 60 kilometres from the Iraqi border.";
const story = (sentence: string) =>
  assessStory("isis-prison-escape", [LEAD, sentence], AT, "Reuters", "2027-02-20");

describe("a border measure taken after a riot at a prison", () => {
  it("is Iraq's border defences, and reach-iraq is judged", () => {
    const s = story(
      "Iraqi army units raised their state of alert along the border opposite Deir ez-Zor province after Sunday's riot, an Iraqi officer said.",
    );
    expect(s.roles(1)).toContain("mitigator:iraqi-border-defences");
    expect(s.a.judgments.find((j) => j.id === "reach-iraq")?.probability ?? null).not.toBeNull();
  });

  it("but a riot told at the border post itself is no measure of the border's guard", () => {
    const s = story(
      "Iraqi army units put down a riot of detainees at a border post opposite Deir ez-Zor province after the riot spread, an Iraqi officer said.",
    );
    expect(s.roles(1)).not.toContain("mitigator:iraqi-border-defences");
  });
});
