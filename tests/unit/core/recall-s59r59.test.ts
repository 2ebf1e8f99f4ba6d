import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Recall readings of session 59 (helper r59): sentences that now reach the factor they bear on,
 * or no longer reach one they do not, on short texts written for these tests.
 */
const AT = new Date("2026-12-14T12:00:00Z");
const roles = (theme: string, text: string, sentence: number, outlet = "Reuters") => {
  const doc = sourceDocument("Report", text, outlet, "2026-12-08");
  return cited(assess(themeFixture(theme), [doc], AT), doc.article.id, sentence);
};

describe("isis-badia-insurgency: a named spot inside a desert region", () => {
  const LEDE = "Drivers on the desert roads say the army patrols them less often this winter.";

  it("cites an ambush near a village of the Homs desert as an attack there", () => {
    const text = `${LEDE}\n\nGunmen ambushed a fuel tanker near Arak on Tuesday and wounded its driver.`;
    expect(roles("isis-badia-insurgency", text, 1)).toEqual(["driver:attacks-reported"]);
  });

  it("does not place a city whose province reaches into the desert in the desert", () => {
    const text = `${LEDE}\n\nGunmen ambushed a fuel tanker near Homs on Tuesday and wounded its driver.`;
    expect(roles("isis-badia-insurgency", text, 1)).not.toContain("driver:attacks-reported");
  });
});

describe("isis-badia-insurgency: a mine left over from a war", () => {
  const LEDE = "Herders around Palmyra say army patrols have grown rare this winter.";

  it("cites a roadside bomb near Palmyra as an attack", () => {
    const text = `${LEDE}\n\nA roadside bomb exploded under a bus near Palmyra on Sunday, killing two passengers.`;
    expect(roles("isis-badia-insurgency", text, 1)).toEqual(["driver:attacks-reported"]);
  });

  it("leaves a mine left over from earlier fighting no attack", () => {
    const text = `${LEDE}\n\nA boy was killed near Palmyra on Sunday by a landmine explosion, left over from earlier fighting.`;
    expect(roles("isis-badia-insurgency", text, 1)).not.toContain("driver:attacks-reported");
  });
});

describe("isis-prison-escape: a town's population is no count of detainees", () => {
  const LEDE =
    "Militants of the Islamic State attacked a prison in a town south of Hasakah on Tuesday, officials said.";

  it("leaves the population of a town once held by the group out of the detainees", () => {
    const text = `${LEDE}\n\nThe town, a town of about 30,000 people on the river, was held by the Islamic State until 2017.`;
    expect(roles("isis-prison-escape", text, 1)).not.toContain("driver:detainee-concentration");
  });

  it("still counts the men the prison holds", () => {
    const text = `${LEDE}\n\nThe prison holds about 1,200 Islamic State members, most of them Iraqis, officials said.`;
    expect(roles("isis-prison-escape", text, 1)).toContain("driver:detainee-concentration");
  });
});

describe("coalition-withdrawal: a chair relaying a question", () => {
  const LEDE =
    "Washington will pull most of its troops out of Harir air base in Iraq by the end of December, officials said.";

  it("does not cite what the moderator's question is about", () => {
    const text = `${LEDE}\n\nMODERATOR: We have another question from the floor about the armed factions and whether they will take credit for the withdrawal.`;
    expect(roles("coalition-withdrawal", text, 1)).toEqual([]);
  });

  it("still cites a moderator who tells what officials said", () => {
    const text = `${LEDE}\n\nMODERATOR: Officials said the last American troops will leave Harir air base in Iraq by the end of December.`;
    expect(roles("coalition-withdrawal", text, 1)).toContain("driver:withdrawal-intent");
  });
});

describe("isis-badia-insurgency: a gas field of the Homs desert", () => {
  it("places an ambush near the field in the desert", () => {
    const text =
      "Drivers on the desert roads say the army patrols them less often this winter.\n\nGunmen ambushed a maintenance crew near the Jihar field on Monday and wounded two workers.";
    expect(roles("isis-badia-insurgency", text, 1)).toEqual(["driver:attacks-reported"]);
  });
});

describe("border-fortification: a report whose lede names no place", () => {
  const LEDE = "Monthly progress report No. 4 on the border works, prepared by the site engineer.";
  const WALL =
    "Twelve kilometres of the concrete wall were finished this month, against nine in the last report.";

  it("reads a sentence that names no place where the article's places all lie", () => {
    const text = `${LEDE}\n\n${WALL}\n\nThe Iraqi Border Guard deployed two companies to guard the work site near Rutba.`;
    expect(roles("border-fortification", text, 1)).toEqual(["mitigator:physical-barrier"]);
  });

  it("reads it nowhere when the article's places lie in two countries", () => {
    const text = `${LEDE}\n\n${WALL}\n\nThe Iraqi Border Guard deployed two companies to escort lorries between Rutba and Deir ez-Zor.`;
    expect(roles("border-fortification", text, 1)).toEqual([]);
  });
});
