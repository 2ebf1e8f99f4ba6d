import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Sign and factor errors of session 31's held-out set 16 and its review, told in other words: a
 * riot told as put down, shelling by Turkish-backed factions, a Turkish drone strike on the SDF,
 * the SDF saying it cannot hold the sites without support, and smuggling placed by a wall.
 */

const AT = new Date("2026-12-01T12:00:00Z");
const roles = (themeId: string, text: string, outlet = "North Press Agency") => {
  const doc = sourceDocument("Report", text, outlet, "2026-11-26");
  return cited(assess(themeFixture(themeId), [doc], AT), doc.article.id, 0);
};

describe("a prison riot told as put down by the guards", () => {
  it("counts the riot's suppression as control kept, not as an attack", () => {
    const r = roles(
      "isis-prison-escape",
      "The riot in the Ghwayran prison was quelled after three hours by the Internal Security Forces, who retook the kitchen block.",
    );
    expect(r).toContain("mitigator:sdf-control");
    expect(r).not.toContain("driver:prison-attacks");
  });

  it("still counts a riot told without its end as an attack on the prison", () => {
    const r = roles(
      "isis-prison-escape",
      "Detainees rioted in the Ghwayran prison on Tuesday night and set fire to two dormitories, the Internal Security Forces said.",
    );
    expect(r).not.toContain("mitigator:sdf-control");
  });
});

describe("violence by Turkey and the factions it backs", () => {
  it("counts shelling by the Turkish-backed factions as pressure on the SDF", () => {
    const r = roles(
      "isis-prison-escape",
      "The Syrian National Army shelled villages near Tal Tamr in northern Syria for a third night, forcing the SDF to send fighters from Hasakah.",
    );
    expect(r).toContain("driver:sdf-under-pressure");
  });

  it("does not count a Turkish drone strike on the SDF as ISIS activity", () => {
    const r = roles(
      "isis-prison-escape",
      "Turkish drones struck two trucks of the Syrian Democratic Forces near Amuda on Friday, killing two fighters who had been hunting ISIS cells in the area.",
    );
    expect(r).not.toContain("driver:isis-active");
    expect(r).toContain("driver:sdf-under-pressure");
  });
});

describe("the SDF saying it cannot hold the sites without support", () => {
  it("counts the warning as the SDF's exposure, not as a US presence", () => {
    const r = roles(
      "coalition-withdrawal",
      "The Syrian Democratic Forces said on Monday that without coalition air support they can no longer hold the Al-Hol camp, after moving guards to the eastern front.",
    );
    expect(r).toContain("driver:sdf-exposure");
    expect(r).not.toContain("mitigator:residual-presence");
  });
});

describe("smuggling placed by a wall", () => {
  it("counts the smuggling, not the wall it goes past", () => {
    const r = roles(
      "border-fortification",
      "Iraqi border guards say the smuggling of fuel and sheep through the wadis north of the wall near Al-Qaim goes on every night, run by the same clans.",
    );
    expect(r).not.toContain("mitigator:physical-barrier");
    expect(r.some((x) => x.startsWith("driver:"))).toBe(true);
  });
});
