import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 41, signs of a seizure that holds weapons: weapons seized as the smugglers' cargo (carried
 * into a country, to be sold there, moving alongside the drugs, shown among the items seized) are
 * weapons moving across the border, a driver; a few arms found with a drug load and no word of a
 * cargo ("pills and two hand grenades in the bags they left behind") are the smugglers' own arms,
 * and the sentence stays a seizure, a mitigator. The sentences are new wordings of the same kinds.
 */
const AT = new Date("2026-12-10T12:00:00Z");
const roles = (text: string, sentence: number) => {
  const doc = sourceDocument("Report", text, "Reuters", "2026-12-01");
  return cited(assess(themeFixture("cross-border-smuggling"), [doc], AT), doc.article.id, sentence);
};
const LEDE = "Jordanian border guards intercepted a convoy of smugglers near Mafraq on Monday.";

describe("weapons seized as a cargo are weapons moving", () => {
  it("cites rifles the group was carrying into Jordan as weapons moving", () => {
    const text = `${LEDE}\n\nSoldiers seized six rifles and 300 rounds that the group was carrying into Jordan.`;
    expect(roles(text, 1)).toEqual(["driver:weapons-flow"]);
  });

  it("cites rifles seized with pills that were to be sold in Iraq as weapons moving", () => {
    const text =
      "Iraqi border guards stopped two lorries of smugglers near the Al-Qaim crossing with Syria on Sunday.\n\nThe guards seized 500,000 Captagon pills and ten rifles that were going to be sold in Anbar.";
    expect(roles(text, 1)).toEqual(["driver:weapons-flow"]);
  });

  it("cites weapons seized from smugglers that move alongside the drugs as weapons moving", () => {
    const text = `${LEDE}\n\nSoldiers seized rifles and explosives from smugglers this year, which the army says shows that weapons now move alongside the drugs.`;
    expect(roles(text, 1)).toEqual(["driver:weapons-flow"]);
  });
});

describe("a few arms found with a drug load are a seizure", () => {
  it("cites pills and two grenades found in the bags left behind as a seizure", () => {
    const text = `${LEDE}\n\nAfter the clash the soldiers found 800,000 Captagon pills and two hand grenades in the bags the smugglers left behind.`;
    expect(roles(text, 1)).toEqual(["mitigator:seizures"]);
  });

  it("still cites weapons alone found in a lorry coming from Syria as weapons moving", () => {
    const text = `${LEDE}\n\nThe soldiers found 30 rifles hidden in a lorry coming from Syria.`;
    expect(roles(text, 1)).toEqual(["driver:weapons-flow"]);
  });
});

/**
 * A barrier named as not there yet or as the time of another happening is the background of its
 * sentence: the smuggling the sentence tells decides its factor. A count of attempts to cross that
 * officers recorded, all of which were repelled, is their record of the stops: interdictions, as
 * attempts the forces stopped or foiled are (ANNOTATION.md rule 3; it was read as pressure before).
 */
const fortRoles = (text: string, sentence: number) => {
  const doc = sourceDocument("Report", text, "Reuters", "2026-12-01");
  return cited(assess(themeFixture("border-fortification"), [doc], AT), doc.article.id, sentence);
};
const IRAQ_LEDE =
  "Iraq's Border Forces Command reinforced its posts along the border with Syria west of Al-Qaim on Monday.";

describe("a barrier told as absent or as a time", () => {
  it("cites smuggling through valleys the wall has not yet reached as smuggling, not as the barrier", () => {
    const text = `${IRAQ_LEDE}\n\nDrivers say that smuggling of fuel and sheep continues through the valleys where the wall has not yet reached.`;
    expect(fortRoles(text, 1)).toEqual(["driver:smuggling-networks"]);
  });

  it("cites smuggling that fell after the wall was completed as smuggling, not as the barrier", () => {
    const text = `${IRAQ_LEDE}\n\nThe ministry estimates that smuggling of fuel and cigarettes in the sector fell by half after the wall was completed.`;
    expect(fortRoles(text, 1)).toEqual(["driver:smuggling-networks"]);
  });
});

describe("a count of attempts to cross recorded, all repelled", () => {
  it("cites attempts the sector recorded, all repelled, as interdictions", () => {
    const text = `${IRAQ_LEDE}\n\nOfficers said that the sector recorded 31 attempts by armed men to cross from the Syrian side since June, all of which were repelled.`;
    expect(fortRoles(text, 1)).toEqual(["mitigator:interdictions"]);
  });

  it("still cites armed men repelled back into Syria as an interdiction", () => {
    const text = `${IRAQ_LEDE}\n\nBorder guards repelled a group of armed men who tried to cross from Syria near Husaybah on Sunday night.`;
    expect(fortRoles(text, 1)).toEqual(["mitigator:interdictions"]);
  });
});
