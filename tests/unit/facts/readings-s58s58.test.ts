import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 58 (helper s58): extractor readings behind the misses and false citations of analytic
 * set 52, on sentences written for these tests (not the fixtures' text).
 */

const facts = (text: string) => extract(text, "2026-12-09T00:00:00Z").facts;
const has = (text: string, kind: string, tags: string[]) =>
  facts(text).some((f) => f.kind === kind && tags.every((t) => f.tags?.includes(t)));

describe("support to a partner force (partner-support)", () => {
  it("reads trainers who trained a counted body of soldiers", () => {
    for (const text of [
      "British instructors trained some 2,400 Kurdish recruits this year.",
      "German trainers trained about 600 Peshmerga soldiers in Erbil in 2026.",
    ])
      expect(has(text, "countermeasure", ["partner-support"]), text).toBe(true);
    expect(
      has("British instructors trained for 2,400 hours this year.", "countermeasure", ["partner-support"]),
    ).toBe(false);
  });

  it("reads strikes flown at a government's request as support to it", () => {
    const text =
      "Dutch F-16s carried out three sorties over the valley at the request of the Iraqi government.";
    expect(has(text, "countermeasure", ["partner-support"])).toBe(true);
    const talks = "The talks in Geneva were held at the request of the Iraqi government.";
    expect(has(talks, "countermeasure", ["partner-support"])).toBe(false);
  });

  it("reads no support in a pledge to fight terrorism alongside partners, but does in work alongside them", () => {
    const pledge = "Belgium will continue to fight terrorism alongside its Iraqi partners.";
    expect(has(pledge, "countermeasure", ["partner-support"])).toBe(false);
    const work = "Belgian advisers continue to serve alongside their Iraqi partners in Mosul.";
    expect(has(work, "countermeasure", ["partner-support"])).toBe(true);
  });
});

describe("arms told crossing with the drugs (smuggling)", () => {
  it("reads arms going somewhere along with the pills as smuggled", () => {
    const text = "Grenades bought in Deir ez-Zor are going to Mosul along with the captagon, traders say.";
    expect(has(text, "threat", ["smuggling", "weapons"])).toBe(true);
  });

  it("reads no trade in arms going along with an army convoy", () => {
    const text =
      "Grenades bought in Deir ez-Zor are going to Mosul along with the army convoys, traders say.";
    expect(has(text, "threat", ["smuggling"])).toBe(false);
  });
});

describe("militants who have gathered in the desert opposite a sector (insurgent-presence)", () => {
  it("reads them present across the border from the sector", () => {
    const text = "Militants have massed in the desert near Qaim, opposite the border posts, since October.";
    expect(has(text, "threat", ["insurgent-presence", "border-security"])).toBe(true);
  });

  it("reads no presence at the border in militants gathered in a desert opposite nothing, or in herders", () => {
    expect(
      has("Militants have massed in the desert near Qaim since October.", "threat", ["border-security"]),
    ).toBe(false);
    expect(
      has("Herders have gathered in the desert near Qaim, opposite the border posts.", "threat", [
        "insurgent-presence",
      ]),
    ).toBe(false);
  });
});

describe("a backer's site whose lease or contract is extended (presence-contract)", () => {
  it("reads the site kept", () => {
    const text = "The lease for the US air base at Harir has been renewed until 2028, the ministry said.";
    expect(has(text, "countermeasure", ["troop-deployment"])).toBe(true);
  });

  it("reads no presence kept where the contract ended", () => {
    const text = "The lease for the US air base at Harir ended in October, the ministry said.";
    expect(has(text, "countermeasure", ["troop-deployment"])).toBe(false);
  });
});

describe("units that arrive somewhere to secure it (deployment)", () => {
  it("reads a brigade arriving in a town to secure the road as deployed there", () => {
    const text = "Two battalions of the army arrived in the valley last week to guard the pass.";
    expect(has(text, "countermeasure", ["troop-deployment"])).toBe(true);
  });

  it("reads no deployment in a brigade that arrives for a parade", () => {
    const text = "A brigade of the army arrived in the capital last week for the national day parade.";
    expect(has(text, "countermeasure", ["troop-deployment"])).toBe(false);
  });
});

describe("armed men who stop a vehicle and burn, rob or beat it (road-hold-up)", () => {
  it("reads the hold-up as an attack and an ambush", () => {
    for (const text of [
      "On 4 May gunmen stopped one of the agency's tankers on the desert road and set it on fire.",
      "Militants halted two buses near the village and beat the drivers.",
    ]) {
      expect(has(text, "event", ["insurgent-attack"]), text).toBe(true);
      expect(has(text, "event", ["ambush"]), text).toBe(true);
    }
  });

  it("reads no attack where the armed men only checked the driver's papers", () => {
    const text = "On 4 May gunmen stopped a truck south of the town and checked the driver's papers.";
    expect(has(text, "event", ["insurgent-attack"])).toBe(false);
  });
});
