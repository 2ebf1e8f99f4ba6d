import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * Session 50's readings of which side a sentence bears on, found on the older held-out sets'
 * sign errors. The tests use invented wordings of the same classes.
 */

const AT = new Date("2026-12-01T12:00:00Z");
const story = (theme: string, text: string, outlet = "Associated Press") =>
  assessStory(theme, [text], AT, outlet, "2026-11-26");
const roles = (theme: string, text: string, outlet = "Associated Press") =>
  story(theme, text, outlet).roles(0);

describe("a force that remains, with the fall it came from", () => {
  it("counts troops that remain, down from a larger number, as the residual presence", () => {
    for (const text of [
      "Roughly 650 US troops remain in Syria, down from some 1,500 last spring, most of them in Hasakah, officials said.",
      "About 1,200 American troops are still in Iraq, down from 2,500 a year ago, a US defence official said.",
    ]) {
      const r = roles("coalition-withdrawal", text);
      expect(r, text).toContain("mitigator:residual-presence");
      expect(r, text).not.toContain("driver:withdrawal-intent");
    }
  });

  it("still counts the fall itself, or a base abandoned beside what remains, as the withdrawal", () => {
    for (const text of [
      "The number of US troops in Syria has dropped to 600, down from some 1,500 last spring, officials said.",
      "Fewer than 400 US troops now remain in Syria, down from 1,500 last spring, and the garrison at Al-Tanf has been abandoned.",
    ]) {
      const r = roles("coalition-withdrawal", text);
      expect(r, text).toContain("driver:withdrawal-intent");
      expect(r, text).not.toContain("mitigator:residual-presence");
    }
  });
});

describe("infiltrators caught or seen, told by who caught or saw them", () => {
  it("counts infiltrators a unit has arrested at the Iraqi border as an interdiction", () => {
    // The arrest is told in its second sentence, with no Iraqi force named beside it.
    const text =
      "ISIS cells remain active in the desert along the border with Syria, a parliamentary inquiry heard on Monday. The officers admitted that their units had arrested 14 infiltrators in the Sinjar sector since June, most of them herders looking for work rather than fighters.";
    const r = story("border-fortification", text).roles(1);
    expect(r).toContain("mitigator:interdictions");
    expect(r).not.toContain("driver:infiltration-pressure");
  });

  it("counts a group detected by cameras as it neared the wall as surveillance at work", () => {
    const text =
      "The Border Forces Command said a group of four infiltrators was detected by thermal cameras as it approached the border north of Husaybah.";
    const r = roles("border-fortification", text, "Iraqi News Agency");
    expect(r).toContain("mitigator:surveillance");
    expect(r).not.toContain("driver:infiltration-pressure");
  });

  it("still counts infiltrators trying to cross, with no one said to have caught them, as pressure", () => {
    const text = "A group of ISIS infiltrators tried to cross the border near Husaybah on Sunday night.";
    expect(roles("border-fortification", text)).toContain("driver:infiltration-pressure");
  });
});
