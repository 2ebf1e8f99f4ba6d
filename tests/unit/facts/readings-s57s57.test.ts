import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 57 (helper s57): extractor readings behind the sign errors of analytic set 51, on
 * sentences written for these tests (not the fixtures' text).
 */

const facts = (text: string) => extract(text, "2026-12-09T00:00:00Z").facts;
const has = (text: string, kind: string, tags: string[]) =>
  facts(text).some((f) => f.kind === kind && tags.every((t) => f.tags?.includes(t)));

describe("those killed as they tried to cross are stopped (seizure rule)", () => {
  it("reads a force killing gunmen who tried to cross, or trying to, as a stop", () => {
    for (const text of [
      "Border guards killed three gunmen who tried to infiltrate from the Syrian desert near Rutba on Friday.",
      "The army shot dead two smugglers trying to cross from Syria near Al-Qaim.",
      "Soldiers killed five armed men who had attempted to sneak across the berm at night.",
    ])
      expect(has(text, "countermeasure", ["seizure"]), text).toBe(true);
  });

  it("does not read gunmen who tried to cross and killed guards, or a killing told alone, as a stop", () => {
    for (const text of [
      "Gunmen who tried to infiltrate from the Syrian desert killed three border guards near Rutba.",
      "Militants killed two soldiers who tried to stop them at the berm.",
      "Border guards killed three gunmen in a clash near Rutba on Friday.",
    ])
      expect(has(text, "countermeasure", ["seizure"]), text).toBe(false);
  });
});

describe("a force that has lost a backer's cover (support-shrinks)", () => {
  it("reads units that have lost the coalition's drone or air cover as support lost", () => {
    for (const text of [
      "The Kurdish units guarding the camps near Qamishli have lost the coalition's drone cover.",
      "The guards at the two prisons have lost the American air support they had until May.",
    ])
      expect(has(text, "event", ["troop-withdrawal"]), text).toBe(true);
  });

  it("does not read units that still have that cover, or a team that lost a match, as support lost", () => {
    for (const text of [
      "The Kurdish units guarding the camps near Qamishli still have the coalition's drone cover.",
      "The local football team has lost the final to a club from Erbil.",
    ])
      expect(has(text, "event", ["troop-withdrawal"]), text).toBe(false);
  });
});

describe("forces that operate only from a base are kept there (presence rule)", () => {
  it("reads foreign forces that now operate only from a place as a presence", () => {
    for (const text of [
      "American troops now operate only from two bases in the Kurdistan Region.",
      "French forces operate out of a small airfield near Erbil.",
    ])
      expect(has(text, "countermeasure", ["troop-deployment"]), text).toBe(true);
  });

  it("does not read militants operating from hideouts, or a company operating a field, as a presence", () => {
    for (const text of [
      "ISIS forces operate from caves in the Hamrin mountains.",
      "A Korean company operates the gas field near the border.",
    ])
      expect(has(text, "countermeasure", ["troop-deployment"]), text).toBe(false);
  });
});

describe("militants gathering in the ground opposite a province (insurgent-presence)", () => {
  it("reads ISIS groups gathering in a country's desert opposite a province as present at the border", () => {
    const text = "Officials warned of ISIS cells gathering in the Syrian desert opposite Anbar province.";
    expect(has(text, "threat", ["insurgent-presence", "border-security"]), text).toBe(true);
  });

  it("does not read traders gathering opposite a mosque, or cells gathering in a town, as that", () => {
    for (const text of [
      "Traders were gathering in the market opposite the mosque.",
      "ISIS cells were gathering in the town before the raid.",
    ])
      expect(has(text, "threat", ["insurgent-presence", "border-security"]), text).toBe(false);
  });
});

describe("units sent to secure a post (deployment rule)", () => {
  it("reads army units that had been sent to secure the road as deployed", () => {
    for (const text of [
      "The ministry said that army units had been sent to secure the road.",
      "Two battalions were dispatched to guard the pipeline after the attack.",
    ])
      expect(has(text, "countermeasure", ["troop-deployment"]), text).toBe(true);
  });

  it("does not read letters sent to secure funding as a deployment", () => {
    const text = "Letters were sent to secure the funding for the school.";
    expect(has(text, "countermeasure", ["troop-deployment"]), text).toBe(false);
  });
});

describe("a force cut by a share or funded only in part (withdrawal rule)", () => {
  it("reads a force cut by half, cut to a figure, or funded only in part as a drawdown", () => {
    for (const text of [
      "The ministry plans to cut the force in Syria by half next year.",
      "Washington will reduce its troops in Iraq to fewer than 1,000 by the summer.",
      "The Pentagon asked Congress to fund only half of the current force in Syria.",
    ])
      expect(
        has(text, "threat", ["troop-withdrawal"]) || has(text, "event", ["troop-withdrawal"]),
        text,
      ).toBe(true);
  });

  it("does not read the force of an attack cut, or a police force grown by half, as a drawdown", () => {
    for (const text of [
      "The coach will cut the force of the attack by playing a deeper midfield.",
      "The police force in Raqqa has grown by half since the spring.",
    ])
      expect(
        has(text, "threat", ["troop-withdrawal"]) || has(text, "event", ["troop-withdrawal"]),
        text,
      ).toBe(false);
  });
});
