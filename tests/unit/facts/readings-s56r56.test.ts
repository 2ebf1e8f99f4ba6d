import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

/**
 * Session 56 (r56), on invented sentences: armed men who attack a vehicle on its road, or a
 * vehicle told as fired on by armed men, lay an ambush; arms told as carried to buyers, sold in a
 * market town, or moving over the border are traded, a smuggling threat.
 */
const doc = (text: string) => extractFacts({ id: "t", title: "", text, publishedAt: "2026-11-20T00:00:00Z" });
const tagged = (text: string, tag: string) => doc(text).facts.filter((f) => f.tags?.includes(tag));

describe("armed men attacking a vehicle on its road", () => {
  it("is an ambush when they attack it", () => {
    const [e] = tagged(
      "Armed men attacked a minibus on the highway east of Deir ez-Zor on Friday.",
      "ambush",
    );
    expect(e?.kind).toBe("event");
  });
  it("is an ambush when they fire on a pickup or a van", () => {
    expect(
      tagged("Gunmen opened fire on the engineers' pickup near the pumping station.", "ambush"),
    ).toHaveLength(1);
  });
  it("is an ambush told in the passive", () => {
    expect(tagged("A company van was fired on by gunmen outside Raqqa on Tuesday.", "ambush")).toHaveLength(
      1,
    );
  });
  it("leaves a vehicle attacked by no one armed alone", () => {
    expect(
      tagged("The new bus was attacked by critics in the local press for its high fares.", "ambush"),
    ).toEqual([]);
  });
  it("leaves armed men attacking a building alone", () => {
    expect(tagged("Gunmen attacked the municipal building in the town on Monday.", "ambush")).toEqual([]);
  });
});

describe("arms told as traded", () => {
  const trade = (text: string) =>
    doc(text).facts.filter(
      (f) => f.kind === "threat" && f.tags?.includes("smuggling") && f.tags?.includes("weapons"),
    );
  it("reads arms carried to buyers", () => {
    expect(
      trade("The men were also carrying pistols and ammunition, destined for buyers in Mafraq."),
    ).toHaveLength(1);
  });
  it("reads arms sold in a market town", () => {
    expect(
      trade("Local traders say rifles looted from old army depots are now sold openly in Mayadin."),
    ).toHaveLength(1);
  });
  it("reads arms moving over the border, past an apposition", () => {
    expect(
      trade(
        "Officials say weapons, mostly rifles and grenades, also cross over the border from the other side.",
      ),
    ).toHaveLength(1);
  });
  it("reads arms carried as well as a drug named after a few words", () => {
    expect(trade("The van carried ammunition as well as the pills they call Captagon.")).toHaveLength(1);
  });
  it("leaves arms sold by a state or at auction, and soldiers' own rifles, alone", () => {
    expect(trade("The government sold weapons to its neighbour under a defence deal.")).toEqual([]);
    expect(trade("Antique rifles were sold at auction in Vienna last week.")).toEqual([]);
    expect(trade("The soldiers carried their rifles back to the barracks.")).toEqual([]);
  });
});

describe("a security partnership between states", () => {
  const pacts = (text: string) =>
    doc(text).facts.filter((f) => f.kind === "countermeasure" && f.tags?.includes("diplomacy"));
  it("is a standing pact, as their security cooperation is", () => {
    expect(
      pacts("Jordan and Iraq will keep their defence partnership after the summit in Amman."),
    ).toHaveLength(1);
  });
  it("leaves a business partnership alone", () => {
    expect(pacts("The two firms signed a business partnership to build a mall.")).toEqual([]);
  });
});

describe("a foreign force's soldiers counted", () => {
  const deployed = (text: string) =>
    doc(text).facts.filter((f) => f.kind === "quantity" && f.tags?.includes("troop-deployment"));
  it("is the force where it stands, as its troops counted are", () => {
    expect(deployed("About 900 American soldiers are in northeast Syria, the report says.")).toHaveLength(1);
  });
  it("leaves soldiers counted as a toll alone", () => {
    expect(deployed("The blast wounded 12 soldiers at the checkpoint.")).toEqual([]);
  });
});

describe("ground a force gives up, told of the ground", () => {
  const withdrawals = (text: string) =>
    doc(text).facts.filter((f) => f.kind === "event" && f.tags?.includes("troop-withdrawal"));
  it("reads positions handed to another force without 'over'", () => {
    expect(
      withdrawals(
        "The French troops handed the last of their positions near the dam to the Iraqi army in May.",
      ),
    ).toHaveLength(1);
  });
  it("reads a force's outpost closed and a base emptied", () => {
    expect(
      withdrawals("The battalion left, and the outpost it held on the ridge was closed in June."),
    ).toHaveLength(1);
    expect(
      withdrawals("Locals say the air base has been emptied of its aircraft and soldiers."),
    ).toHaveLength(1);
  });
  it("reads a mission named in full told ended, and a military mission told over", () => {
    expect(
      withdrawals(
        "The forces note that the mission of the Nordic Training Group in southern Iraq ended in March.",
      ),
    ).toHaveLength(1);
    expect(withdrawals("For the coalition troops, the military mission in Basra is now over.")).toHaveLength(
      1,
    );
  });
  it("leaves a compound closed to visitors and a hospital's mission over alone", () => {
    expect(withdrawals("The soldiers said the compound was closed to visitors during the storm.")).toEqual(
      [],
    );
    expect(withdrawals("The military hospital's mission in the town is over, its director said.")).toEqual(
      [],
    );
  });
});

describe("guards received", () => {
  const deployments = (text: string) =>
    doc(text).facts.filter((f) => f.kind === "countermeasure" && f.tags?.includes("troop-deployment"));
  it("reinforce the force that receives them, as troops received do", () => {
    expect(
      deployments("The prison administration has received 25 extra guards since the riot."),
    ).toHaveLength(1);
  });
  it("leaves visitors received alone", () => {
    expect(deployments("The museum has received 25 extra visitors since the festival.")).toEqual([]);
  });
});

describe("ground nobody holds", () => {
  const vacuum = (text: string) =>
    doc(text).facts.filter((f) => f.kind === "threat" && f.tags?.includes("security-vacuum"));
  it("is ground told unheld by the holder it lacks", () => {
    expect(vacuum("Nobody holds the empty steppe between the two towns, herders say.")).toHaveLength(1);
    expect(vacuum("Across the river there is no one guarding the border, only smugglers.")).toHaveLength(1);
  });
  it("leaves a record nobody holds alone", () => {
    expect(vacuum("Nobody holds the record for the fastest lap on the new circuit.")).toEqual([]);
  });
});
