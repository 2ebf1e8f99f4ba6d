import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 35 (held-out set 24): a departure told as completed, a mission handed to the next
 * unit, partners who train or plan on their own, cells kept "small", a drug trade told as a
 * trade, smugglers carrying for armed men, and goods seized before that are then destroyed. The
 * tests use other wordings of the same classes.
 */

const facts = (text: string) => extract(text, "2026-11-27T09:00:00Z").facts;
const tagged = (text: string, tag: string) => facts(text).filter((f) => f.tags?.includes(tag));

describe("a departure told as completed, and a base handed to another force", () => {
  it("reads troops that completed or began their departure from a base as a withdrawal", () => {
    for (const text of [
      "Coalition forces completed their departure from the Victory base near Baghdad in October.",
      "Italian troops began their exit from the Harir base on Monday.",
      "The last company of US soldiers left in August, handing the base to the Iraqi army.",
    ])
      expect(tagged(text, "troop-withdrawal").length, text).toBeGreaterThan(0);
  });

  it("does not read a departure of civilians or a flight as a withdrawal", () => {
    for (const text of [
      "The pilgrims completed their departure from the airport on Monday.",
      "The minister completed his visit and returned to Baghdad.",
    ])
      expect(tagged(text, "troop-withdrawal"), text).toEqual([]);
  });
});

describe("a mission handed to the next unit", () => {
  it("reads the advise-and-assist mission as partner support, not a seizure", () => {
    const text =
      "The 3rd Brigade handed over the advise-and-assist mission in Nineveh to the 1st Brigade during a ceremony on Sunday.";
    expect(tagged(text, "partner-support").length).toBeGreaterThan(0);
    expect(tagged(text, "seizure")).toEqual([]);
  });

  it("still reads weapons handed over as a seizure", () => {
    expect(
      tagged("The gunmen handed over their weapons to the army after the clashes.", "seizure").length,
    ).toBeGreaterThan(0);
  });
});

describe("partners trained, and forces that plan and lead on their own", () => {
  it("reads soldiers of a partner force trained by another as partner support", () => {
    for (const text of [
      "The German contingent trained 600 soldiers of the Iraqi army at the Taji range this year.",
      "British instructors trained hundreds of fighters of the Peshmerga brigades in Erbil.",
    ])
      expect(tagged(text, "partner-support").length, text).toBeGreaterThan(0);
  });

  it("reads intelligence sharing with a partner as partner support", () => {
    expect(
      tagged(
        "Denmark will continue intelligence sharing with the Iraqi security forces next year.",
        "partner-support",
      ).length,
    ).toBeGreaterThan(0);
  });

  it("reads forces that can plan and lead, or carry out operations without support, as posture", () => {
    for (const text of [
      '"The Iraqi army has shown that it can plan and lead operations on its own," the general said.',
      "The Rapporteur notes that the Iraqi army now carries out nearly all operations without coalition air support.",
    ])
      expect(
        facts(text).filter(
          (f) =>
            f.kind === "countermeasure" && f.modality === "asserted" && f.tags?.includes("troop-deployment"),
        ).length,
        text,
      ).toBeGreaterThan(0);
  });

  it("does not read operations carried out with support as operations on their own", () => {
    const text = "The Iraqi army carried out the operations with coalition air support.";
    expect(
      facts(text).filter((f) => f.tags?.includes("troop-deployment") && f.kind === "countermeasure"),
    ).toEqual([]);
  });
});

describe("cells kept small", () => {
  it("reads a group that keeps small or sleeper cells as insurgent presence", () => {
    for (const text of [
      "The commander said ISIS still keeps small cells in the Hamrin mountains.",
      "Officials said the group maintains sleeper cells in the desert south of Mosul.",
    ])
      expect(tagged(text, "insurgent-presence").length, text).toBeGreaterThan(0);
  });
});

describe("a drug trade told as a trade, and smugglers who carry for armed men", () => {
  it("reads the trade in captagon and drugs entering from a neighbour as smuggling", () => {
    for (const text of [
      "Investigators linked the accounts to the trade in Captagon pills.",
      "Officials say hashish entering Mafraq from Syria has doubled since the summer.",
    ])
      expect(tagged(text, "smuggling").length, text).toBeGreaterThan(0);
  });

  it("does not read a measure against the trade as news of the trade", () => {
    expect(
      tagged("The two ministers agreed to work against the trade in Captagon.", "smuggling").filter(
        (f) => f.kind === "threat",
      ),
    ).toEqual([]);
  });

  it("reads smugglers carrying drugs on behalf of armed men as a protected trade", () => {
    const text =
      "Elders said the young men were carrying drugs on behalf of armed men from across the border.";
    expect(tagged(text, "extortion").length).toBeGreaterThan(0);
  });

  it("does not read brokers' fees as a protected trade when the sentence finds no armed hand", () => {
    const text =
      "Brokers take a fee on each truck at the crossing, though investigators found no evidence of payments to armed groups.";
    expect(tagged(text, "extortion")).toEqual([]);
  });
});

describe("goods seized before, then destroyed", () => {
  it("does not read the seized drugs to be destroyed as a seizure of its own", () => {
    for (const text of [
      "The seized drugs will be destroyed once the investigation is complete.",
      "The army added that the confiscated weapons were handed over to the competent authorities.",
    ])
      expect(tagged(text, "seizure"), text).toEqual([]);
  });

  it("still reads a seizure told in the same sentence as the fate of the goods", () => {
    expect(
      tagged(
        "Border guards seized 400,000 pills on Monday, and the seized drugs will be destroyed.",
        "seizure",
      ).length,
    ).toBeGreaterThan(0);
  });
});

describe("strikes an air arm flies", () => {
  it("reads strikes flown by an air arm as air strikes, not as an attack by the group it names", () => {
    const text = "The air force now flies its own strikes against ISIS in the Hamrin mountains.";
    const events = facts(text).filter((f) => f.kind === "event");
    expect(events.some((f) => f.tags?.includes("airstrike"))).toBe(true);
    expect(events.some((f) => f.codes?.acled?.eventType === "Battles")).toBe(false);
  });
});
