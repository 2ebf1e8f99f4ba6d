import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * Session 49, theme readings the analytic set 42 asked for, on invented sentences: the nearest
 * army post far away and patrols that rarely come are ground nobody holds; a part of a province
 * that lies wholly in the desert ("eastern Hama") is the desert; a broadcast anchor's lead-in
 * that hands over to a correspondent is not itself a report; a backer's supply convoys to a camp
 * that stopped are the SDF losing its backing at its detention sites.
 */
const AT = new Date("2026-12-19T12:00:00Z");
const run = (theme: string, sentences: string[]) => assessStory(theme, sentences, AT);

describe("the nearest army post far away, patrols that rarely come", () => {
  it("are ground nobody holds", () => {
    const { roles } = run("isis-badia-insurgency", [
      "ISIS gunmen killed two truck drivers near Sukhnah in the Syrian desert on Tuesday, relatives said.",
      "The nearest military post is 40 kilometres away, and army patrols seldom reach the wells around Sukhnah.",
    ]);
    expect(roles(1)).toEqual(["driver:security-vacuum"]);
  });
});

describe("a part of a province wholly inside the desert", () => {
  it("is the desert: reinforcements taking over its road are new forces", () => {
    const { roles } = run("isis-badia-insurgency", [
      "Three soldiers were killed when ISIS fighters ambushed their convoy in the eastern Hama desert on Monday.",
      "Reinforcements from the 25th Brigade have taken over the checkpoints on the road that the convoy used.",
    ]);
    expect(roles(1)).toEqual(["mitigator:new-forces"]);
  });
});

describe("a broadcast anchor's lead-in that hands over to a correspondent", () => {
  it("is not cited; the correspondent's own turn is", () => {
    const { roles } = run("border-fortification", [
      "Presenter: Iraq's border guards say the concrete wall on Anbar's border with Syria is finished, and our correspondent joins us from Al-Qaim.",
      "Correspondent: Yes, the sector commander told me today that the wall now covers the whole 250-kilometre stretch of the Anbar border with Syria.",
    ]);
    expect(roles(0)).toEqual([]);
    expect(roles(1)).toEqual(["mitigator:physical-barrier"]);
  });
});

describe("a backer's supply convoys to a camp that stopped", () => {
  it("are the SDF losing its backing at its detention sites", () => {
    const { roles } = run("coalition-withdrawal", [
      "The Americans have left their base at Tal Baydar this month, residents of Hasakah say.",
      "The US convoys that carried rations and fuel to Roj camp stopped coming in October.",
    ]);
    expect(roles(1)).toEqual(["driver:sdf-exposure"]);
  });
});

describe("an Iraqi force operating without the coalition's support", () => {
  it("is Iraqi capacity, though the support is negated", () => {
    const { roles } = run("coalition-withdrawal", [
      "The last US advisers left the Qayyarah base in October.",
      "Iraq's Counter-Terrorism Service has mounted most of its raids in Nineveh without coalition air support this year.",
    ]);
    expect(roles(1)).toEqual(["mitigator:iraqi-capacity"]);
  });
  it("but a force that cannot operate without it is not", () => {
    const { roles } = run("coalition-withdrawal", [
      "The last US advisers left the Qayyarah base in October.",
      "Iraqi officers say the Counter-Terrorism Service cannot run raids in Anbar without coalition air cover.",
    ]);
    expect(roles(1)).not.toContain("mitigator:iraqi-capacity");
  });
});

describe("a residual force that will stay, its country not named", () => {
  it("is a residual presence", () => {
    const { roles } = run("coalition-withdrawal", [
      "A nominee for a defence post told senators in written answers that the drawdown would be complete by March.",
      "Under the plan, a residual force will stay at a reduced number of outposts in Raqqa province to advise the SDF and help guard its detention camps.",
    ]);
    expect(roles(1)).toContain("mitigator:residual-presence");
  });
  it("but not when there will be none", () => {
    const { roles } = run("coalition-withdrawal", [
      "The Pentagon said the drawdown from Iraq's federal bases would be complete by March.",
      "Officials said there would be no residual force to train the SDF in northeast Syria after March.",
    ]);
    expect(roles(1)).not.toContain("mitigator:residual-presence");
  });
});

describe("a coalition member that funded training for guards", () => {
  it("is coalition support to the forces guarding the sites, told as a figure", () => {
    const { roles } = run("isis-prison-escape", [
      "The SDF said its forces kept control of the prisons in Hasakah and Raqqa throughout the month.",
      "Since March, France has funded training for 250 new guards at two facilities, through the Global Coalition.",
    ]);
    expect(roles(1)).toContain("mitigator:coalition-support");
  });
});
