import { describe, expect, it } from "vitest";
import type { Tag } from "../../../src/core/facts/events/tags.js";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/** The facts that carry a tag. */
const tagged = (doc: FactsDocument, tag: Tag) => doc.facts.filter((f) => f.tags?.includes(tag));
const kinds = (doc: FactsDocument, tag: Tag) => tagged(doc, tag).map((f) => f.kind);

describe("attacks told by their shots and their ground", () => {
  it("reads gunmen who fired on a gate or a patrol as an armed attack", () => {
    const doc = extract("Masked gunmen fired on a police patrol near the market on Sunday.");
    expect(doc.facts.some((f) => f.kind === "event" && f.codes?.acled?.eventType === "Battles")).toBe(true);
    // A checkpoint that is shot at is the target, not a measure taken around the place.
    const checkpoint = extract("Gunmen fired on a checkpoint outside the town, without casualties.");
    expect(tagged(checkpoint, "curfew")).toEqual([]);
    expect(tagged(checkpoint, "casualties")).toEqual([]);
  });

  it("does not read someone fired on a day as an attack", () => {
    const doc = extract("The coach was fired on Monday after the defeat.");
    expect(doc.facts.some((f) => f.codes?.acled?.eventType === "Battles")).toBe(false);
  });

  it("reads a village controlled or entered and held as ground taken", () => {
    const held = extract("The militants controlled the town of Qaryatayn for three days, residents said.");
    expect(
      held.facts.some((f) => f.codes?.acled?.subEventType === "Non-state actor overtakes territory"),
    ).toBe(true);
    const entered = extract("Some fifty fighters entered the village of Tibni and held it until dawn.");
    expect(
      entered.facts.some((f) => f.codes?.acled?.subEventType === "Non-state actor overtakes territory"),
    ).toBe(true);
    expect(
      extract("The ministers held talks in the town of Rutba.").facts.some(
        (f) => f.codes?.acled?.subEventType === "Non-state actor overtakes territory",
      ),
    ).toBe(false);
  });

  it("makes strikes on a jihadist group's hideouts counter-terrorism, not an insurgent attack", () => {
    for (const text of [
      "Iraqi jets carried out 12 strikes on ISIS hideouts in the Hamrin mountains last month.",
      "Coalition aircraft struck ISIS positions near Mayadin on Tuesday.",
    ]) {
      const doc = extract(text);
      expect(tagged(doc, "insurgent-attack")).toEqual([]);
      expect(tagged(doc, "counter-terrorism").length).toBeGreaterThan(0);
    }
    // The group as author keeps the reading.
    expect(
      tagged(extract("ISIS fighters attacked an army post near Rutba on Monday."), "insurgent-attack").length,
    ).toBe(1);
    expect(
      tagged(extract("An attack by ISIS on an army post killed two soldiers on Monday."), "insurgent-attack")
        .length,
    ).toBeGreaterThan(0);
  });
});

describe("forces cut, leaving or added", () => {
  it("reads fewer guards at a named camp as a withdrawal from the detention site", () => {
    const doc = extract("Officials say the number of guards at Al-Roj has been reduced since October.");
    expect(tagged(doc, "troop-withdrawal").length).toBeGreaterThan(0);
    expect(tagged(doc, "detention-facility").length).toBeGreaterThan(0);
  });

  it("reads troops that will leave or whose number will fall to a figure as a withdrawal", () => {
    expect(
      kinds(
        extract("The Pentagon said its troops will leave Ain al-Asad by the end of next year."),
        "troop-withdrawal",
      ).length,
    ).toBeGreaterThan(0);
    expect(
      tagged(
        extract("Officials said the number of US troops in Iraq would drop to about 1,500 by spring."),
        "troop-withdrawal",
      ).length,
    ).toBeGreaterThan(0);
    expect(
      tagged(
        extract("The cleric demanded the departure of the remaining foreign advisers."),
        "troop-withdrawal",
      ).length,
    ).toBeGreaterThan(0);
    // A figure that fell is no departure unless it counts forces; a town falling to forces is none.
    expect(tagged(extract("The town fell to government forces after a week."), "troop-withdrawal")).toEqual(
      [],
    );
  });

  it("reads a unit added to a sector as a deployment", () => {
    const doc = extract("A second battalion has been added to the Rutba sector, the commander said.");
    expect(tagged(doc, "troop-deployment").length).toBeGreaterThan(0);
  });
});

describe("armed men present, and ground nobody holds", () => {
  it("reads remnants that remain active and cells of fighters on the move as a presence", () => {
    for (const text of [
      "The governor warned that Daesh remnants remain active in the Wadi Hauran area.",
      "Most are cells of five to ten fighters moving between the valleys on motorbikes.",
      "A video released by the group showed about 30 fighters in the desert.",
    ])
      expect(tagged(extract(text), "insurgent-presence").length, text).toBeGreaterThan(0);
    expect(tagged(extract("The market remains active despite the heat."), "insurgent-presence")).toEqual([]);
  });

  it("reads ground where no government forces are present as a security vacuum", () => {
    const doc = extract("They train in the valley south of Rutba, where no government forces are present.");
    expect(tagged(doc, "security-vacuum").length).toBeGreaterThan(0);
  });

  it("reads armed men who crossed from a neighbouring country as a crossing", () => {
    const doc = extract("Witnesses said about a dozen armed men crossed from Syria near the river at night.");
    expect(tagged(doc, "border-crossing").length).toBeGreaterThan(0);
    expect(tagged(extract("The convoy crossed from Syria in March."), "border-crossing")).toEqual([]);
  });
});

describe("measures told in the passive or by what they stopped", () => {
  it("reads weapons that were found as a seizure", () => {
    const doc = extract("Rifles and ammunition were found in a truck at the crossing, customs said.");
    expect(tagged(doc, "seizure").length).toBeGreaterThan(0);
  });

  it("reads attackers prevented from reaching their goal as an attack foiled", () => {
    const doc = extract("The guards prevented the attackers from reaching the main gate, police said.");
    expect(tagged(doc, "seizure").length).toBeGreaterThan(0);
  });

  it("reads people who had been returned from a camp as a repatriation", () => {
    const doc = extract(
      "Families left the camp all year, and the ministry said 300 people had been returned in November alone.",
    );
    expect(tagged(doc, "repatriation").length).toBeGreaterThan(0);
  });

  it("makes a count of combing operations counter-terrorism", () => {
    // Told over a period, the operations are a tally (a figure), not one measure: the figure carries the tag.
    const doc = extract(
      "The brigade has carried out 22 combing operations around Rutba since June.",
      "2026-11-28",
    );
    expect(
      doc.facts.filter((f) => f.kind === "quantity" && f.tags?.includes("counter-terrorism")).length,
    ).toBeGreaterThan(0);
  });
});

describe("what a sentence's words say, and what they do not", () => {
  it("does not make a sentence to death a death", () => {
    const doc = extract("A court in Baghdad sentenced three smugglers to death on Sunday.");
    expect(tagged(doc, "casualties")).toEqual([]);
    expect(
      tagged(extract("The deaths of two guards were confirmed on Sunday."), "casualties").length,
    ).toBeGreaterThan(0);
  });

  it("reads a jihadist cell that crossed from one country into another as an infiltration", () => {
    const doc = extract("Judges said the cell crossed from Syria into Iraq with explosives in March.");
    expect(tagged(doc, "infiltration").length).toBeGreaterThan(0);
  });

  it("reads one side coordinating with another as diplomacy", () => {
    const doc = extract(
      "The army said it is coordinating with the Iraqi authorities to secure the frontier.",
    );
    expect(tagged(doc, "diplomacy").length).toBeGreaterThan(0);
  });

  it("reads forces that led ground operations against ISIS as counter-terrorism", () => {
    const doc = extract("The army has led ground operations against ISIS in Anbar since 2019.");
    expect(tagged(doc, "counter-terrorism").length).toBeGreaterThan(0);
  });

  it("reads training programmes for a force's brigades as partner support", () => {
    const doc = extract("Training programmes for the new Peshmerga brigades will continue next year.");
    expect(tagged(doc, "partner-support").length).toBeGreaterThan(0);
  });

  it("tags a figure by what its people did or had done to them after it", () => {
    const figure = (text: string) => extract(text).facts.filter((f) => f.kind === "quantity");
    const repatriated = figure("Since March, 120 nationals of France have been repatriated from the camps.");
    expect(repatriated.some((f) => f.tags?.includes("repatriation"))).toBe(true);
    const crossing = figure("Guards arrested 40 people trying to cross illegally from Syria since May.");
    expect(crossing.some((f) => f.tags?.includes("border-security"))).toBe(true);
    // Words after the figure that are not its predicate do not tag it.
    const list = figure("The convoy carried 30 families, and aid workers were repatriated later.");
    expect(list.find((f) => f.text.includes("30"))?.tags ?? []).not.toContain("repatriation");
  });
});

describe("pressure on a border and a mission's end, told without their usual verbs", () => {
  it("reads armed men approaching the border as an infiltration threat", () => {
    const doc = extract(
      "Cameras on the wall picked up a group of militants approaching the border near Rutba.",
    );
    expect(tagged(doc, "infiltration").length).toBeGreaterThan(0);
    expect(
      tagged(extract("Shepherds were approaching the border with their flocks."), "infiltration"),
    ).toEqual([]);
  });

  it("reads a mission that ends by a date as a withdrawal", () => {
    const doc = extract("Under the deal, the coalition's combat mission in Syria ends by June 2027.");
    expect(tagged(doc, "troop-withdrawal").length).toBeGreaterThan(0);
    expect(tagged(extract("The season ends in May, the club said."), "troop-withdrawal")).toEqual([]);
  });
});

describe("entries of a dated list", () => {
  it("keeps two violent happenings of one day in two entries apart", () => {
    const text = [
      "WEEKLY ROUNDUP",
      "",
      "DIYALA",
      "",
      "Sun 1 Nov — A roadside bomb struck a police vehicle on the Baladruz road. Three policemen were killed.",
      "",
      "SALAH AL-DIN",
      "",
      "Sun 1 Nov — Gunmen opened fire on an army checkpoint near Tuz; a soldier was wounded.",
    ].join("\n");
    const events = extract(text, "2026-11-05").facts.filter((f) => f.kind === "event");
    expect(events.some((f) => /Gunmen opened fire/.test(f.text))).toBe(true);
    expect(events.some((f) => /roadside bomb/i.test(f.text))).toBe(true);
  });
});

describe("a mission's end inside a time clause", () => {
  it("does not read 'when the mission ends' as a withdrawal of its own", () => {
    const doc = extract(
      "Officials say the army is ready to take over when the coalition's mission in Iraq ends in September.",
    );
    expect(tagged(doc, "troop-withdrawal")).toEqual([]);
    expect(tagged(doc, "troop-deployment").length).toBeGreaterThan(0);
  });
});

describe("measures and attacks told with other verbs", () => {
  it("reads forces ordered to reinforce, moved to the border, or with a bigger presence as deployed", () => {
    for (const text of [
      "The commander ordered a battalion to reinforce the sector south of Rutba.",
      "The ministry moved three army brigades to the border after the attack.",
      "The army has increased its presence along the frontier, officials said.",
    ])
      expect(tagged(extract(text), "troop-deployment").length, text).toBeGreaterThan(0);
  });

  it("reads assistance in training guards and a coalition's air support as partner support", () => {
    const doc = extract("The council thanked the coalition for its air support during the night.");
    expect(tagged(doc, "partner-support").length).toBeGreaterThan(0);
  });

  it("reads an advisory team that remains there as a posture", () => {
    const doc = extract("A small advisory team remains there under the agreement, the embassy said.");
    expect(tagged(doc, "troop-deployment").length).toBeGreaterThan(0);
  });

  it("reads goods hidden in trucks as smuggling", () => {
    const doc = extract("Customs say gangs are hiding pills inside crates of tomatoes from Syria.");
    expect(tagged(doc, "smuggling").length).toBeGreaterThan(0);
    expect(tagged(extract("The children were hiding in the basement."), "smuggling")).toEqual([]);
  });

  it("reads cells that struck army positions as attacks", () => {
    const doc = extract("ISIS cells have repeatedly struck army positions near Sukhnah this year.");
    expect(tagged(doc, "insurgent-attack").length).toBeGreaterThan(0);
  });

  it("tags a figure of citizens brought home as a repatriation", () => {
    const doc = extract(
      "The government has brought home more than 9,000 of its citizens from the camp since 2020.",
      "2026-11-28",
    );
    expect(doc.facts.some((f) => f.kind === "quantity" && f.tags?.includes("repatriation"))).toBe(true);
  });
});

describe("an attack and the strike that answered it", () => {
  it("keeps an ambush by ISIS and a later strike on ISIS in the next sentence as two events", () => {
    const doc = extract(
      "ISIS cells killed six soldiers in an ambush near Sukhnah on Sunday.\n\nJets then carried out strikes on ISIS positions near Palmyra.",
      "2026-11-20",
    );
    const events = doc.facts.filter((f) => f.kind === "event");
    const ambush = events.find((f) => /ambush/.test(f.text));
    expect(ambush?.tags).toContain("insurgent-attack");
    expect(ambush?.tags).not.toContain("counter-terrorism");
    expect(events.some((f) => /strikes on ISIS/.test(f.text) && f.tags?.includes("counter-terrorism"))).toBe(
      true,
    );
  });

  it("reads killings by a group named as their author as its attack, not killings of its members", () => {
    expect(
      tagged(extract("Three guards were killed by ISIS near the camp."), "insurgent-attack").length,
    ).toBeGreaterThan(0);
    expect(tagged(extract("Soldiers killed four ISIS militants near Rutba."), "insurgent-attack")).toEqual(
      [],
    );
  });

  it("tells militants approaching the wall who were engaged there by the measure that met them", () => {
    const doc = extract("Cameras detected four militants approaching the wall, and the guards engaged them.");
    expect(tagged(doc, "infiltration")).toEqual([]);
  });
});
