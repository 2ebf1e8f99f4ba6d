import { describe, expect, it } from "vitest";
import type { Tag } from "../../../src/core/facts/events/tags.js";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/** The facts that carry a tag. */
const tagged = (doc: FactsDocument, tag: Tag) => doc.facts.filter((f) => f.tags?.includes(tag));
const figures = (text: string) =>
  extract(text)
    .facts.filter((f) => f.kind === "quantity")
    .map((f) => [f.text, f.value, f.unit]);

describe("crossings by people", () => {
  it("reads 'crossed from the <place> desert into <country>' as a crossing by infiltrators", () => {
    const doc = extract(
      "Some twenty Daesh militants crossed from the Jordanian desert into Syria on Friday.",
    );
    const fact = tagged(doc, "infiltration")[0];
    expect(fact?.kind).toBe("event");
    expect(fact?.tags).toContain("border-crossing");
  });

  it("reads armed men seen crossing a wall or fence as an infiltration", () => {
    const doc = extract("Farmers said they watched a dozen armed men cross the fence before dawn.");
    expect(tagged(doc, "infiltration").length).toBeGreaterThan(0);
  });

  it("does not make a crossing of birds or of a river a crossing by people", () => {
    expect(
      tagged(extract("Thousands of storks crossed from Turkey into Syria this week."), "border-crossing"),
    ).toEqual([]);
    expect(
      tagged(extract("The pipeline crosses the frontier near the old station."), "infiltration"),
    ).toEqual([]);
  });

  it("makes attempts to cross and probing of a barrier a standing infiltration threat", () => {
    const tried = extract("Its fighters have tried to cross at least three times since the spring.");
    expect(tagged(tried, "infiltration")[0]?.kind).toBe("threat");
    const probe = extract("The cells probe the berm every few nights, a commander said.");
    expect(tagged(probe, "infiltration")[0]?.kind).toBe("threat");
  });

  it("tells people arrested while trying to cross by the arrest, not as an infiltration", () => {
    const doc = extract("Police arrested 31 men trying to cross the border illegally near the river.");
    expect(tagged(doc, "arrest").length).toBeGreaterThan(0);
    expect(tagged(doc, "infiltration")).toEqual([]);
    expect(tagged(extract("He tried to cross the street."), "infiltration")).toEqual([]);
  });
});

describe("insurgent presence", () => {
  it("reads rebuilt or kept networks of cells and fighters in hiding as insurgent presence", () => {
    for (const text of [
      "The group has rebuilt cells along the river valley.",
      "ISIS kept a network of cells in the mountains.",
      "Remnants of the militants are hiding in caves north of the town.",
    ])
      expect(tagged(extract(text), "insurgent-presence")[0]?.kind, text).toBe("threat");
  });
});

describe("withdrawal: forces leaving, cut or pulled back", () => {
  it("reads a military convoy leaving a base, or rolling out, as a withdrawal", () => {
    const left = extract("A British convoy of 30 armoured vehicles left the Harbour base on Sunday.");
    expect(tagged(left, "troop-withdrawal")[0]?.kind).toBe("event");
    const rolled = extract("The last French convoy rolled out at dawn, witnesses said.");
    expect(tagged(rolled, "troop-withdrawal").length).toBeGreaterThan(0);
  });

  it("does not read families leaving a camp as a withdrawal", () => {
    expect(tagged(extract("A convoy of 160 families left the camp on Tuesday."), "troop-withdrawal")).toEqual(
      [],
    );
  });

  it("reads soldiers leaving or evacuating a named base, a departure of forces and pulled-back units", () => {
    for (const text of [
      "The last Italian soldiers left Camp Dublin in May.",
      "French forces have evacuated Camp Nord completely.",
      "The departure of government forces from the hill posts worried residents.",
      "Units were pulled back to the capital in the summer.",
      "Army units pulled back from the desert posts last year.",
    ])
      expect(tagged(extract(text), "troop-withdrawal").length, text).toBeGreaterThan(0);
  });

  it("does not read forces evacuating the wounded as a withdrawal", () => {
    expect(tagged(extract("Troops evacuated the wounded to the city hospital."), "troop-withdrawal")).toEqual(
      [],
    );
  });

  it("reads forces reduced or consolidated, and support cut, as a drawdown", () => {
    for (const text of [
      "German forces in the north had also been reduced by roughly a third since January.",
      "Since March, Spanish forces have consolidated from six locations to two.",
      "Coalition air support has been cut to one or two strikes a week.",
    ])
      expect(tagged(extract(text), "troop-withdrawal").length, text).toBeGreaterThan(0);
  });

  it("does not read a rate of strikes as a battle", () => {
    const doc = extract("Coalition air support has been cut to one or two strikes a week.");
    expect(doc.facts.filter((f) => f.codes?.acled?.eventType === "Battles")).toEqual([]);
  });
});

describe("ground nobody holds", () => {
  it("reads unwatched stretches, no government presence and empty posts as a security vacuum", () => {
    for (const text of [
      "The pullback has left long stretches of the river unwatched.",
      "The plain has had no regular government presence since the winter.",
      "The checkpoints on the highway have been almost empty since June.",
      "After dark the crossing point is guarded by nobody at all.",
    ])
      expect(tagged(extract(text), "security-vacuum").length, text).toBeGreaterThan(0);
  });

  it("does not read manned posts or a missing presence of others as a vacuum", () => {
    expect(tagged(extract("The posts were manned by two companies of soldiers."), "security-vacuum")).toEqual(
      [],
    );
    expect(
      tagged(extract("There was no presence of journalists at the hearing."), "security-vacuum"),
    ).toEqual([]);
  });
});

/**
 * Session 48: ground nobody holds, told in more ways: police the ground has lacked ("have had no
 * regular police", "have no police station"), one army or force that has not held it ("no single
 * force has controlled the tracks", "no regular army controls the frontier"), ground not held by
 * any force, posts left with few men or manned only by day, forces that struggle to hold the
 * ground, a hold told as thin. A police record, posts manned by a few men, and forces that hold
 * the ground are none of it.
 */
describe("ground nobody holds, told in more ways", () => {
  it("reads missing police, a force that has not held the ground and thin posts as a vacuum", () => {
    for (const text of [
      "Across the river, the farms have had no regular police since the floods.",
      "The hamlets on the plateau have no police station, the mayor said.",
      "In the eastern valleys no single force has controlled the tracks since the winter.",
      "Beyond the river, no regular army controls most of the frontier.",
      "Officials admit that much of the plateau is still not held by any regular force.",
      "The outposts along the ridge have been left with few men since the harvest.",
      "The checkpoints on the highway are manned only by day, leaving it open at night.",
      "Since the coup, state forces have struggled to hold the vast steppe.",
      "The hills were held by local militias whose control of the open steppe was thin.",
    ])
      expect(tagged(extract(text), "security-vacuum").length, text).toBeGreaterThan(0);
  });

  it("does not read a police record, posts held by a few men or forces in control as a vacuum", () => {
    for (const text of [
      "The driver has no police record, his lawyer said.",
      "The outposts along the ridge are held by a few men of the 5th Brigade.",
      "Since the spring the 5th Brigade has controlled the tracks east of the river.",
    ])
      expect(tagged(extract(text), "security-vacuum"), text).toEqual([]);
  });
});

describe("a posture stated as a plan", () => {
  it("reads 'would keep forces in' as a troop posture, hypothetical", () => {
    const doc = extract("A spokesman said Britain would keep troops in Cyprus for as long as needed.");
    expect(tagged(doc, "troop-deployment")[0]).toMatchObject({
      kind: "countermeasure",
      modality: "hypothetical",
    });
  });

  it("reads bases that will host forces as a troop posture", () => {
    const host = extract(
      "The airfield, which will continue to host allied forces, was handed to the air force.",
    );
    expect(tagged(host, "troop-deployment").length).toBeGreaterThan(0);
  });

  it("tells troops kept after a mission's end with the end, not as a posture of their own", () => {
    const doc = extract("Canada will end its training mission in March but keep troops in the country.");
    expect(tagged(doc, "troop-deployment")).toEqual([]);
  });
});

describe("ranges of figures", () => {
  it("reads 'N to M <things>' and 'between N and M <things>' as one figure at its floor", () => {
    expect(figures("Officials say perhaps 200 to 300 militants remain in the hills.")).toEqual([
      ["200 to 300 militants", 200, "militants"],
    ]);
    expect(figures("The group has between 1,000 and 1,500 fighters.")).toEqual([
      ["between 1,000 and 1,500 fighters", 1000, "fighters"],
    ]);
  });

  it("does not read a change, years or days as a range", () => {
    expect(figures("Attacks rose from 12 to 30 fighters.").map((f) => f[1])).not.toContain(12);
    expect(figures("From 2019 to 2021 the camp grew.")).toEqual([]);
    expect(figures("The talks ran from 10 to 15 November.")).toEqual([]);
  });
});

describe("counted events are news, not back references", () => {
  it("keeps 'Four detainees escaped' though its words are few and name nobody", () => {
    const doc = extract("Four detainees escaped.");
    expect(tagged(doc, "escape")[0]?.kind).toBe("event");
  });

  it("still drops a bare reference back to an event told before", () => {
    const doc = extract("The clashes ended.");
    expect(doc.facts.filter((f) => f.kind === "event" && /clashes/.test(f.text))).toEqual([]);
  });
});

describe("an escape told by its outcome", () => {
  it("reads inmates at large and camp residents unaccounted for as an escape from detention", () => {
    for (const text of [
      "Two inmates remain at large after the jailbreak.",
      "Nine residents of the camp were unaccounted for after the fire.",
    ]) {
      const fact = tagged(extract(text), "escape")[0];
      expect(fact?.tags, text).toContain("detention-facility");
    }
  });

  it("does not read gunmen at large or missing money as an escape", () => {
    expect(tagged(extract("The gunmen are still at large."), "escape")).toEqual([]);
    expect(tagged(extract("The funds are unaccounted for."), "escape")).toEqual([]);
  });
});

describe("forces moved to a sector", () => {
  it("reads battalions moved to a sector or border as a deployment, not a withdrawal", () => {
    const doc = extract("Three companies of the gendarmerie have been moved to the northern sectors.");
    expect(tagged(doc, "troop-deployment")[0]?.kind).toBe("countermeasure");
    expect(tagged(doc, "troop-withdrawal")).toEqual([]);
  });

  it("does not read units moved to a named region as a withdrawal from anywhere", () => {
    expect(tagged(extract("Units were moved to the coast in the spring."), "troop-withdrawal")).toEqual([]);
  });
});
