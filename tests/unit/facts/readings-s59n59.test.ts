import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 59 (helper n59): extractor readings behind the sign errors of analytic set 54, on
 * sentences written for these tests (not the fixtures' text).
 */

const facts = (text: string) => extract(text, "2026-12-09T00:00:00Z").facts;
const has = (text: string, kind: string, tags: string[]) =>
  facts(text).some((f) => f.kind === kind && tags.every((t) => f.tags?.includes(t)));

describe("those killed as they crossed are stopped (seizure rule)", () => {
  it("reads a force killing gunmen who crossed from the other side as a stop", () => {
    for (const text of [
      "Iraqi troops killed six gunmen who crossed from Syria near Rutba on Friday night.",
      "Border guards shot dead four infiltrators as they slipped across the berm west of Al-Qaim.",
      "Iraqi troops killed six gunmen who crossed from Syria into Iraqi territory near Rutba on Friday.",
    ])
      expect(has(text, "countermeasure", ["seizure"]), text).toBe(true);
  });

  it("does not read gunmen who crossed long before, or who crossed and killed guards, as a stop", () => {
    for (const text of [
      "Iraqi troops killed six gunmen who crossed from Syria last year, in a raid on a farm near Ramadi.",
      "Six gunmen who crossed from Syria near Rutba killed two Iraqi border guards on Friday night.",
      "Iraqi troops killed six gunmen who crossed from Syria into the Rutba district on Friday night.",
    ])
      expect(has(text, "countermeasure", ["seizure"]), text).toBe(false);
  });
});

describe("a contraband trade told as shifted across a border (smuggling rule)", () => {
  it("reads a drug trade that has moved across a border as smuggling", () => {
    for (const text of [
      "Much of the Captagon trade has shifted west, from the Syrian desert and across the Jordanian border near Ruwaished.",
      "The cigarette trade has moved over the border near Sinjar since the spring.",
    ])
      expect(has(text, "threat", ["smuggling"]), text).toBe(true);
  });

  it("does not read a trade moved to ports, or a lawful trade across a border, as smuggling", () => {
    for (const text of [
      "Much of the Captagon trade has shifted to the ports of the Red Sea.",
      "The grain trade has shifted across the border near Rabia since the harvest.",
    ])
      expect(has(text, "threat", ["smuggling"]), text).toBe(false);
  });
});

describe("ground told unheld by the officers it lacks or the checks nobody makes (UNHELD)", () => {
  it("reads too few police, no customs posts, or nobody stopping the lorries as a vacuum", () => {
    for (const text of [
      "On the Jordanian side of the border, there are too few police and no customs posts.",
      "Farmers near the crossing say no one checks the lorries at night.",
    ])
      expect(has(text, "threat", ["security-vacuum"]), text).toBe(true);
  });

  it("does not read too few police records, or nobody checking the weather, as a vacuum", () => {
    for (const text of [
      "On the Jordanian side of the border, there are too few police records to trace the men.",
      "At the depot nobody checks the weather before the lorries leave.",
    ])
      expect(has(text, "threat", ["security-vacuum"]), text).toBe(false);
  });
});

describe("one named echelon sent to a place is deployed there (deployment rule)", () => {
  it("reads a brigade or a division sent to a town as a deployment", () => {
    for (const text of [
      "The army sent a brigade to Tadmur in May to guard the desert road.",
      "Damascus sent a division of the 4th Corps to the desert east of Homs.",
    ])
      expect(has(text, "countermeasure", ["troop-deployment"]), text).toBe(true);
  });

  it("does not read a division head or a company sent somewhere as a deployment", () => {
    for (const text of [
      "The ministry sent a division head to the talks in Baghdad.",
      "The council sent a company to repair the pumps in Tadmur.",
    ])
      expect(has(text, "countermeasure", ["troop-deployment"]), text).toBe(false);
  });
});

describe("a call to expel foreign advisers is pressure to withdraw them (withdrawal rule)", () => {
  it("reads pressing to expel advisers or trainers as a withdrawal pressed for", () => {
    for (const text of [
      "Several blocs in parliament are pressing the cabinet to expel the last foreign trainers.",
      "A militia leader urged the government to expel the American advisers from Ain al-Asad.",
    ])
      expect(has(text, "threat", ["troop-withdrawal"]), text).toBe(true);
  });

  it("does not read a call to expel an ambassador as a withdrawal", () => {
    const text = "Several blocs in parliament are pressing the cabinet to expel the Turkish ambassador.";
    expect(has(text, "threat", ["troop-withdrawal"])).toBe(false);
    expect(has(text, "event", ["troop-withdrawal"])).toBe(false);
  });
});
