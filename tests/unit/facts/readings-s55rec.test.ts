import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 55 (helper "rec"): readings that let evidence be cited at all (recall). The sentences
 * are invented; each reads a class of wording, not a fixture's text.
 */

const facts = (text: string) => extract(text, "2026-12-09T09:00:00Z").facts;
const tagged = (text: string, tag: string) => facts(text).filter((f) => f.tags?.includes(tag));
const takenGround = (text: string) =>
  facts(text).filter((f) => f.codes?.acled?.subEventType === "Non-state actor overtakes territory");

describe("a site taken over by armed men", () => {
  it("reads armed men who take over silos, a checkpoint or a watchtower as ground taken, an insurgent attack with ISIS", () => {
    for (const text of [
      "Villagers say ISIS gunmen took over the grain silos and the checkpoint beside them on Sunday night.",
      "Militants seized a watchtower east of Sukhnah on Monday.",
      "Armed men stormed the pumping station north of the town before dawn.",
    ])
      expect(takenGround(text).length, text).toBeGreaterThan(0);
    expect(
      tagged(
        "Villagers say ISIS gunmen took over the grain silos and the checkpoint beside them on Sunday night.",
        "insurgent-attack",
      ).length,
    ).toBeGreaterThan(0);
  });

  it("does not read a force taking over checkpoints, or goods seized, as ground taken", () => {
    for (const text of [
      "The army took over the checkpoints from the local police on Monday.",
      "Customs officers seized two trucks at the checkpoint.",
    ])
      expect(takenGround(text), text).toEqual([]);
  });
});

describe("people brought back to a camp after a stop", () => {
  it("reads a return to the camp by those who stopped or caught them as a recapture, not a repatriation", () => {
    for (const text of [
      "All four were returned to the camp within a day after guards stopped their car on the highway.",
      "A patrol intercepted the minibus and the three boys were returned to the camp.",
      "The women were caught at a checkpoint and returned to the camp.",
    ]) {
      expect(tagged(text, "arrest").length, text).toBeGreaterThan(0);
      expect(tagged(text, "repatriation"), text).toEqual([]);
    }
  });

  it("still reads families who return, or are returned, with no stop as a return", () => {
    for (const text of [
      "Some 300 Iraqi families were returned to the Jeddah-1 camp in Iraq on Monday.",
      "Two hundred women and children were repatriated from the camp on Monday.",
    ])
      expect(tagged(text, "repatriation").length, text).toBeGreaterThan(0);
    expect(
      tagged("Some 300 Iraqi families were returned to the Jeddah-1 camp in Iraq on Monday.", "arrest"),
    ).toEqual([]);
  });
});

describe("a level moved from one figure to another over a period", () => {
  it("reads guards cut from one figure to another since a month as the cut, not a tally of measures", () => {
    for (const text of [
      "Prison guards have been cut from about 300 to 180 since March, an official said.",
      "The guards at the camp have been cut from 500 guards to 320 since July.",
    ]) {
      const cut = facts(text).filter(
        (f) =>
          f.kind === "countermeasure" &&
          f.tags?.includes("troop-withdrawal") &&
          f.tags?.includes("detention-facility"),
      );
      expect(cut.length, text).toBeGreaterThan(0);
    }
  });

  it("still reads a count of measures since a month as a tally, not one measure", () => {
    const text = "The border guards have seized 9 million pills since January.";
    expect(facts(text).filter((f) => f.kind === "countermeasure")).toEqual([]);
  });
});

describe("a standing pact to pool what two parties know", () => {
  it("reads an intelligence-sharing arrangement, or lists shared every week, as an agreement", () => {
    for (const text of [
      "Amman and Washington renewed their intelligence-sharing arrangement for two more years in March.",
      "Jordanian and Syrian border police now share the lists of wanted drivers every month.",
    ])
      expect(tagged(text, "diplomacy").length, text).toBeGreaterThan(0);
  });

  it("does not read news shared with reporters as an agreement", () => {
    expect(tagged("The ministry shared the news with reporters on Monday.", "diplomacy")).toEqual([]);
  });
});

describe("cameras told as installed", () => {
  it("reads cameras installed along a fence or on towers as surveillance, whatever their kind", () => {
    for (const text of [
      "The donors paid for the floodlights and cameras they have installed along the fence of the camp.",
      "The colonel said cameras were mounted on each of the towers in October.",
    ])
      expect(tagged(text, "surveillance").length, text).toBeGreaterThan(0);
  });

  it("does not read a journalist's cameras, or cameras at a square's entrances, as surveillance", () => {
    for (const text of [
      "The journalists packed their cameras and left the town.",
      "The council has installed cameras at every entrance to the market square.",
    ])
      expect(tagged(text, "surveillance"), text).toEqual([]);
  });
});

describe("ground told unheld by its posts or by the distance to the nearest force", () => {
  it("reads posts no force mans, or a nearest army unit kilometres away, as a security vacuum", () => {
    for (const text of [
      "On the Iraqi side, no government force has manned the posts along that stretch since the spring, officials said.",
      "Villagers showed us the burnt checkpoint, and the nearest army unit is now at the Palmyra junction, thirty kilometres away.",
    ])
      expect(tagged(text, "security-vacuum").length, text).toBeGreaterThan(0);
  });

  it("does not read the distance to the nearest hospital as a security vacuum", () => {
    expect(tagged("The nearest hospital is 40 kilometres away, villagers said.", "security-vacuum")).toEqual(
      [],
    );
  });
});
