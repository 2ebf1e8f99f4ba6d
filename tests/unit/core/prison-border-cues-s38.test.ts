import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 38 (open set 30, the prison and border cases): what a sentence reports when it names a
 * happening only as what someone was told of, a barrier only as a place, a barrier whose effect
 * was small, a barrier destroyed, an arrest for ordinary crime, a request for recruits, coalition
 * surveillance flights, guards sent to a front, and drones that search for crossers. The tests
 * use other wordings of the same classes.
 */

const AT = new Date("2026-12-07T12:00:00Z");
const roles = (theme: string, text: string, outlet = "Rudaw") => {
  const doc = sourceDocument("Report", text, outlet, "2026-12-02");
  return cited(assess(themeFixture(theme), [doc], AT), doc.article.id, 0);
};
const prison = (text: string) => roles("isis-prison-escape", text);
const border = (text: string) => roles("border-fortification", text);

describe("a happening named only as what someone was told of", () => {
  it("lets the rest of the sentence decide its factor", () => {
    const r = prison(
      "The Asayish notified the coalition of the breakout within the hour, and 9 of the 14 men were recaptured in Hasakah by the SDF.",
    );
    expect(r).toContain("mitigator:sdf-control");
    expect(r).not.toContain("driver:escape-reported");
  });

  it("still counts it when the sentence tells nothing else", () => {
    const r = prison(
      "Officials in Baghdad were informed of the escape of 14 detainees from the Ghwayran prison in Hasakah on Sunday.",
    );
    expect(r).toContain("driver:escape-reported");
  });
});

describe("a barrier that is only where something was, or that held nothing back", () => {
  it("reads a barrier named as the other side of a place as no barrier in effect", () => {
    const r = border(
      "No Syrian troops have been seen on the far side of the berm near Al-Qaim for a month, and the Syrian post there stands empty.",
    );
    expect(r).toContain("driver:security-vacuum");
    expect(r).not.toContain("mitigator:physical-barrier");
  });

  it("reads a barrier whose only effect was on prices as no barrier in effect", () => {
    const r = border(
      "Smugglers still cross with fuel near Rabia most nights, and the fence has only raised the price of a crossing.",
    );
    expect(r).toContain("driver:smuggling-networks");
    expect(r).not.toContain("mitigator:physical-barrier");
  });

  it("does not count a barrier its enemies bulldozed", () => {
    const r = border("In 2015 ISIS fighters bulldozed parts of the berm near Sinjar on the Iraqi border.");
    expect(r).not.toContain("mitigator:physical-barrier");
  });

  it("still counts a barrier told as standing on the border", () => {
    const r = border(
      "The concrete wall in the Rabia sector is four metres high and is backed by a trench, the Border Forces Command said.",
    );
    expect(r).toContain("mitigator:physical-barrier");
  });
});

describe("arrests, requests and flights", () => {
  it("does not count the Asayish's arrest of thieves as control of the detention sites", () => {
    expect(
      prison("The Asayish arrested three men in Qamishli on Sunday for the theft of cars, a spokesman said."),
    ).not.toContain("mitigator:sdf-control");
  });

  it("still counts an arrest by the Asayish told without a crime of that kind", () => {
    expect(prison("The Asayish arrested three men in Qamishli on Sunday, a spokesman said.")).toContain(
      "mitigator:sdf-control",
    );
  });

  it("does not count a request to fund recruits as forces deployed", () => {
    expect(
      border(
        "The Border Forces Command has asked parliament to fund 500 new recruits for the Anbar sectors next year.",
      ),
    ).not.toContain("mitigator:forces-deployed");
  });

  it("counts coalition surveillance flights over a Syrian city as coalition support", () => {
    expect(
      prison(
        "The Asayish thanked the international coalition for surveillance flights over Qamishli during the night.",
      ),
    ).toContain("mitigator:coalition-support");
  });
});

describe("guards sent to a front, and drones searching for crossers", () => {
  it("counts a site's guards sent to a front as pressure on the SDF, with no force named", () => {
    expect(
      prison(
        "Every week more of our guards were sent to the front near Manbij, and we held the gates with half the men.",
      ),
    ).toContain("driver:sdf-under-pressure");
  });

  it("counts drones searching for the men who crossed as border surveillance", () => {
    const doc = sourceDocument(
      "Report",
      [
        "About 15 armed men crossed the border near Al-Qaim on Tuesday night, the army said.",
        "Before dawn, drones searched the palm groves along the river for the men who had crossed.",
      ].join("\n\n"),
      "Rudaw",
      "2026-12-02",
    );
    const a = assess(themeFixture("border-fortification"), [doc], AT);
    expect(cited(a, doc.article.id, 1)).toContain("mitigator:surveillance");
  });
});
