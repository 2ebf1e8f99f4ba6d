import { describe, expect, it } from "vitest";
import type { Tag } from "../../../src/core/facts/events/tags.js";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/** Rules the assessment's factors rest on: what a sentence shows, typed, whatever its wording. */

const tagged = (doc: FactsDocument, tag: Tag) => doc.facts.filter((f) => f.tags?.includes(tag));

describe("insurgent presence", () => {
  it("reads 'ISIS cells still move between' as a standing presence, whatever the case of the name", () => {
    const doc = extract(
      "Officials fear escapees could reach Anbar, where ISIS cells still move between the desert and the mountains.",
    );
    expect(tagged(doc, "insurgent-presence")[0]?.kind).toBe("threat");
  });

  it("reads sightings of fighters as presence, and not sightings of anything else", () => {
    expect(
      tagged(
        extract("Residents say IS fighters have been seen on the edges of the town at night."),
        "insurgent-presence",
      ),
    ).toHaveLength(1);
    expect(
      tagged(
        extract("Residents said they had seen ISIS gunmen setting up checkpoints on the desert tracks."),
        "insurgent-presence",
      ),
    ).toHaveLength(1);
    expect(
      tagged(extract("Helicopters were seen flying over the area in the morning."), "insurgent-presence"),
    ).toEqual([]);
  });
});

describe("infiltration", () => {
  it("reads militants cutting through a border fence as an infiltration", () => {
    const doc = extract(
      "About 15 militants on foot cut through the wire fence west of the town before dawn.",
    );
    expect(tagged(doc, "infiltration")).toHaveLength(1);
  });

  it("does not read detainees breaking through a prison's internal walls as one", () => {
    const doc = extract("The riot began when detainees broke through internal walls between cells.");
    expect(tagged(doc, "infiltration")).toEqual([]);
  });
});

describe("repatriation", () => {
  it("reads 'brought home' families from a camp as a repatriation", () => {
    const doc = extract("Iraq brought home another 160 families from Syria's al-Hol camp this week.");
    expect(tagged(doc, "repatriation")[0]?.kind).toBe("event");
  });
});

describe("modality", () => {
  it("makes an escape the guards foiled a negated escape, not a warning of one", () => {
    const doc = extract(
      "Camp guards foiled an attempt by 12 women and children to escape from the camp on Sunday.",
    );
    const foiled = tagged(doc, "escape")[0];
    expect(foiled?.modality).toBe("negated");
  });
});

describe("partner support", () => {
  it("reads one force backing another as a measure, and not the end of that backing", () => {
    const backing = extract(
      "We continue to work closely with our SDF partners to prevent a breakout, the spokesman said.",
    );
    expect(tagged(backing, "partner-support")[0]?.kind).toBe("countermeasure");
    const training = extract("The US role would shift to training, advising and assisting the Iraqi army.");
    expect(tagged(training, "partner-support")).toHaveLength(1);
    const ended = extract("Washington ended its support to its partners in the northeast last year.");
    expect(tagged(ended, "partner-support").filter((f) => f.kind === "countermeasure")).toEqual([]);
  });
});

describe("withdrawal", () => {
  it("reads ending a combat mission and pressure to expel troops as withdrawal", () => {
    const end = extract("The United States will end its combat mission in Iraq by the end of the year.");
    expect(tagged(end, "troop-withdrawal")).not.toEqual([]);
    const expel = extract(
      "The prime minister faces pressure from factions to expel the roughly 2,500 US troops.",
    );
    expect(tagged(expel, "troop-withdrawal")).not.toEqual([]);
  });
});

describe("negation", () => {
  it("reads 'not the first escape' as an escape, not as a denial of one", () => {
    const doc = extract("This is not the first escape from the camp and it will not be the last.");
    expect(tagged(doc, "escape").map((f) => f.modality)).not.toContain("negated");
  });
});

describe("states told in words", () => {
  it("reads a deteriorating security situation and an area left without forces as a vacuum", () => {
    const worse = extract(
      "The militants came from the countryside, where the security situation has deteriorated since the clashes.",
    );
    expect(worse.facts.some((f) => f.kind === "threat")).toBe(true);
    const empty = extract(
      "The transfer of troops to other fronts has left large areas of the desert without any military presence.",
    );
    expect(empty.facts.some((f) => f.kind === "threat")).toBe(true);
  });

  it("reads prisons said to be secure as control kept, and not prisons said not to be", () => {
    const secure = extract("An SDF official said the prisons holding ISIS members in Hasakah were secure.");
    expect(tagged(secure, "troop-deployment")[0]?.kind).toBe("countermeasure");
    const insecure = extract(
      "An SDF official said the prisons holding ISIS members in Hasakah were not secure.",
    );
    expect(tagged(insecure, "troop-deployment")).toEqual([]);
  });

  it("reads forces ready to take over as a posture, but not militants able to hold a town", () => {
    const ready = extract("The government says its own forces are ready to take over when the mission ends.");
    expect(tagged(ready, "troop-deployment")[0]?.kind).toBe("countermeasure");
    const militants = extract("Officials fear ISIS fighters are able to hold the town for days.");
    expect(tagged(militants, "troop-deployment")).toEqual([]);
  });

  it("puts a patrol that withdrew 'towards the Syrian side' on the border", () => {
    const doc = extract(
      "They exchanged fire with a PMF patrol for nearly an hour before withdrawing towards the Syrian side.",
    );
    expect(tagged(doc, "border-security")).not.toEqual([]);
  });
});

describe("measures out of action", () => {
  it("makes cameras said to be out of service a measure not in effect", () => {
    const doc = extract(
      "The thermal cameras on that stretch of the border had been out of service for a week.",
    );
    expect(tagged(doc, "surveillance").map((f) => f.modality)).toEqual(["negated"]);
    const working = extract("The thermal cameras on that stretch of the border are monitoring every metre.");
    expect(tagged(working, "surveillance").map((f) => f.modality)).toEqual(["asserted"]);
  });
});

describe("guards", () => {
  it("reads fewer guards at a camp as a withdrawal from it, not as a deployment", () => {
    const fewer = extract(
      "The guards at the camp are fewer than half of what they were because the militia sent its fighters to the front lines.",
    );
    expect(tagged(fewer, "troop-withdrawal")[0]?.tags).toContain("detention-facility");
    expect(tagged(fewer, "troop-deployment")).toEqual([]);
    const thinned = extract("The SDF has thinned the number of guards at al-Hol, two officials said.");
    expect(tagged(thinned, "troop-withdrawal")).toHaveLength(1);
  });
});

describe("measures that failed", () => {
  it("reads a wall that 'did not stop them' as a measure not in effect", () => {
    const doc = extract("The wall slowed them down, but it did not stop them.");
    expect(tagged(doc, "fortification").map((f) => f.modality)).toEqual(["negated"]);
    const contracted = extract("The fence slowed them down, but it didn't stop them.");
    expect(tagged(contracted, "fortification").map((f) => f.modality)).toEqual(["negated"]);
  });
});

describe("counter-terrorism", () => {
  it("reads operations against ISIS that killed its operatives as counter-terrorism, and an 'attack planner' as no attack", () => {
    const doc = extract(
      "CENTCOM forces conducted 12 operations against ISIS in Syria, killing nine ISIS operatives and detaining 21, including a senior ISIS attack planner.",
    );
    expect(tagged(doc, "counter-terrorism")).not.toEqual([]);
    expect(tagged(doc, "insurgent-attack")).toEqual([]);
  });

  it("reads strikes on 'terrorist hideouts', the enemy named by what it is, as counter-terrorism", () => {
    const doc = extract(
      "Army helicopters and drones struck terrorist hideouts in the Al-Dafina area, killing 14 terrorists, the source added.",
    );
    expect(tagged(doc, "counter-terrorism")).not.toEqual([]);
    const theirs = extract("Terrorists attacked army positions near the village at dawn.");
    expect(tagged(theirs, "counter-terrorism")).toEqual([]);
  });
});

describe("acts asked for and told as done by another", () => {
  it("reads 'take them back, as Iraq has done' as a repatriation done, and a bare call as one asked for", () => {
    const done = extract(
      "We call again on the countries whose citizens we hold to take them back, as Iraq has done this year with more than 3,000 of its nationals.",
    );
    expect(tagged(done, "repatriation").map((f) => f.modality)).toEqual(["asserted"]);
    const asked = extract("We call again on the countries whose citizens we hold to take them back.");
    expect(tagged(asked, "repatriation").map((f) => f.modality)).toEqual(["hypothetical"]);
  });
});

describe("cells told by how they move", () => {
  it("reads cells that 'move in small groups on motorcycles between' two places as a presence, and trucks that do as none", () => {
    const cells = extract(
      "The cells move in small groups on motorcycles between Jabal al-Bishri and the area south of Palmyra.",
    );
    expect(tagged(cells, "insurgent-presence").map((f) => f.kind)).toEqual(["threat"]);
    const trucks = extract("The trucks move in long convoys on the highway between Palmyra and Homs.");
    expect(tagged(trucks, "insurgent-presence")).toEqual([]);
  });
});

describe("cells told by where they move, hide or remain", () => {
  it("reads cells that 'now move in groups of' or 'still move in the hills' as a presence, herders who do as none", () => {
    for (const text of [
      "Villagers say the cells now move in groups of eight or nine men, on foot and by night.",
      "A ranger said the militants still move in the hills east of the dam after dark.",
    ])
      expect(tagged(extract(text), "insurgent-presence").map((f) => f.kind)).toEqual(["threat"]);
    expect(
      tagged(
        extract("The herders move in the hills east of the dam with their goats."),
        "insurgent-presence",
      ),
    ).toEqual([]);
  });

  it("reads the group's members hiding, and ISIS fighters remaining in the desert, as a presence, but not fighters held in prisons", () => {
    expect(
      tagged(
        extract("Police believe the group's members hide in caves west of the oasis."),
        "insurgent-presence",
      ),
    ).toHaveLength(1);
    expect(
      tagged(
        extract("Analysts think a few hundred ISIS fighters remain in the eastern desert."),
        "insurgent-presence",
      ),
    ).toHaveLength(1);
    expect(
      tagged(
        extract("Some 8,000 ISIS fighters remain in prisons guarded by the Kurdish-led force."),
        "insurgent-presence",
      ),
    ).toEqual([]);
  });
});

describe("escapes told by the way out", () => {
  it("reads held people who got or slipped out through a tunnel or a cut, or left through the breaches, as an escape", () => {
    for (const text of [
      "Guards at the jail in the north say at least nine inmates got out through a tunnel dug from the kitchen.",
      "Aid workers said a dozen women slipped out through a cut in the wire of the camp before dawn.",
      "Camp officials said some 40 residents had left through the breaches over the summer.",
      "A watchman saw about 20 people leave the annex through a hole in the perimeter fence.",
    ])
      expect(tagged(extract(text), "escape").map((f) => f.kind)).toEqual(["event"]);
  });

  it("does not read lorries that left through a gap near a camp as an escape", () => {
    expect(tagged(extract("The lorries left through a gap in the berm near the camp."), "escape")).toEqual(
      [],
    );
  });
});

describe("forces sent, added or moved to a sector", () => {
  it("reads units a command sends, adds or moves to a sector or a border as deployed", () => {
    for (const text of [
      "The northern command sends three more battalions to the Sinjar sector after the raid.",
      "In spring headquarters sent us a third company, so every post now has a night shift.",
      "The army has added a sixth brigade to the southern sector, the spokesman said.",
      "A company of the 4th Regiment moves to the border strip next week.",
    ])
      expect(tagged(extract(text), "troop-deployment").map((f) => f.kind)).toContain("countermeasure");
  });

  it("does not read officers sent to a course, a firm moving to a border town, or a unit a report recommends adding", () => {
    for (const text of [
      "The ministry sends brigade commanders to a staff course in the capital.",
      "The company moved to the border town to open a new depot.",
      "The auditors recommend adding a regiment to the sector and repairing the cameras.",
    ])
      expect(tagged(extract(text), "troop-deployment")).toEqual([]);
  });
});

describe("escapes told by flight", () => {
  it("reads 'at least 15 detainees fled' as an escape, and families that fled the fighting as none", () => {
    const fled = extract(
      "The monitor said it had learned that at least 15 detainees fled and that patrols were searching villages.",
    );
    expect(tagged(fled, "escape").map((f) => f.kind)).toContain("event");
    const families = extract("Hundreds of families fled the fighting near the town on Monday.");
    expect(tagged(families, "escape")).toEqual([]);
  });
});

describe("infiltration named as a class", () => {
  it("reads 'will be treated as an infiltrator' as no infiltration, and infiltrators who tried to cross as one", () => {
    const warned = extract("Anyone seen near the wall at night will be treated as an infiltrator.");
    expect(tagged(warned, "infiltration")).toEqual([]);
    const tried = extract("Armed infiltrators tried to cross near the wall in June.");
    expect(tagged(tried, "infiltration")).not.toEqual([]);
  });
});

describe("air support", () => {
  it("reads a coalition that provided air support as one force backing another", () => {
    const doc = extract("The international coalition provided air support during the operation.");
    expect(tagged(doc, "partner-support")[0]?.kind).toBe("countermeasure");
  });
});

describe("force posture", () => {
  it("reads coalition helicopters flying over the area as an air presence, and not a helicopter that struck", () => {
    const over = extract("Helicopters of the international coalition flew over the area in the morning.");
    expect(tagged(over, "surveillance")[0]?.kind).toBe("countermeasure");
    const strike = extract("Coalition helicopters flying over the desert struck a car.");
    expect(tagged(strike, "surveillance")).toEqual([]);
  });

  it("reads guards who repelled an attack as holding their post, and guards who were attacked as not", () => {
    const held = extract("Our forces guarding the centre confronted the attack and repelled it.");
    expect(tagged(held, "troop-deployment")[0]?.kind).toBe("countermeasure");
    const hit = extract("Gunmen attacked troops guarding the camp.");
    expect(tagged(hit, "troop-deployment")).toEqual([]);
  });
});
