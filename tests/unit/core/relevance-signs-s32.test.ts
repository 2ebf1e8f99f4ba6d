import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Sign and relevance errors of session 32's held-out sets 17 and 18 (prison and border themes),
 * told in other words: infiltrators caught in the pursuit, patrols that "once" guarded a site,
 * and guards stretched because their units went to the front.
 */

const AT = new Date("2026-12-01T12:00:00Z");
const roles = (themeId: string, text: string, outlet = "North Press Agency", sentence = 0) => {
  const doc = sourceDocument("Report", text, outlet, "2026-11-26");
  return cited(assess(themeFixture(themeId), [doc], AT), doc.article.id, sentence);
};

describe("infiltrators caught or killed by the border guards", () => {
  it("counts infiltrators arrested in the pursuit as an interdiction, not as pressure", () => {
    const r = roles(
      "border-fortification",
      "Border guards engaged a group of militants who crossed from Syria south of Al-Qaim on Monday night, the Border Forces Command said. Three infiltrators were killed and two were arrested in the chase, while the others ran back towards the Syrian side.",
      "Iraqi News Agency",
      1,
    );
    expect(r).not.toContain("driver:infiltration-pressure");
    expect(r).toContain("mitigator:interdictions");
  });

  it("still counts a crossing whose militants got away as pressure", () => {
    const r = roles(
      "border-fortification",
      "About twenty militants crossed from Syria into the Sinjar district on Monday night and fled towards the mountains, local officials said.",
      "Iraqi News Agency",
    );
    expect(r).toContain("driver:infiltration-pressure");
  });
});

describe("coalition patrols that once guarded a site", () => {
  it("does not count patrols told as a former state as support that goes on", () => {
    const r = roles(
      "isis-prison-escape",
      "The coalition patrols which once guarded the roads around the Al-Hol camp ended when the American troops left their bases in Hasakah in the spring.",
    );
    expect(r).not.toContain("mitigator:coalition-support");
    expect(r).toContain("driver:coalition-drawdown");
  });

  it("still counts coalition patrols told as going on", () => {
    const r = roles(
      "isis-prison-escape",
      "The coalition patrols that circle the roads around the Al-Hol camp went on every night this week, a US military spokesman said.",
    );
    expect(r).toContain("mitigator:coalition-support");
  });
});

describe("guards stretched because their units were sent to the front", () => {
  it("counts the stretched guard force as pressure on the SDF", () => {
    const r = roles(
      "isis-prison-escape",
      "Since the summer the Asayish guards at the Panorama prison in Hasakah have worked double shifts because their battalions were sent to the front near Deir Hafer.",
    );
    expect(r).toContain("driver:sdf-under-pressure");
    expect(r).not.toContain("mitigator:sdf-control");
  });
});

describe("an attack on a prison told by its parts", () => {
  const story = (second: string) => {
    const doc = sourceDocument(
      "Report",
      `Gunmen attacked the Panorama prison in Hasakah on Sunday night, the prison administration said. ${second}`,
      "North Press Agency",
      "2026-11-26",
    );
    return cited(assess(themeFixture("isis-prison-escape"), [doc], AT), doc.article.id, 1);
  };

  it("counts a vehicle bomb at the prison as an attack on the prison, not as ISIS activity elsewhere", () => {
    const r = story(
      "Witnesses said a truck packed with explosives hit the main gate of the Panorama prison minutes before the assault.",
    );
    expect(r).toContain("driver:prison-attacks");
    expect(r).not.toContain("driver:isis-active");
  });

  it("counts guards killed defending the wing where the detainees were held as part of the attack", () => {
    const r = story(
      "Two guards, one of them from Qamishli, lost their lives defending the wing where the foreign fighters were held.",
    );
    expect(r).toContain("driver:prison-attacks");
  });
});

describe("guards taken from the sites by the partner force", () => {
  it("counts guards redeployed from the prisons to another front as pressure, not as control or support", () => {
    const r = roles(
      "isis-prison-escape",
      "The Syrian Democratic Forces guard some 9,000 ISIS detainees in about two dozen prisons in north-east Syria, a congressional report says. Lawmakers were told in October that the partner force had redeployed guards from the facilities to lines facing Turkish-backed groups.",
      "Congressional Research Service",
      1,
    );
    expect(r).toEqual(["driver:sdf-under-pressure"]);
  });
});

describe("a camp's distance from the Iraqi border", () => {
  it("counts a named camp's nearness to Iraq as detainees concentrated near the border", () => {
    const r = roles(
      "isis-prison-escape",
      "The Roj camp, which holds some 2,600 women and children, lies about 10 kilometres from the Iraqi border.",
      "Congressional Research Service",
    );
    expect(r).toContain("driver:detainee-concentration");
  });
});
