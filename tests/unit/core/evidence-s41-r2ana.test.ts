import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";
import { assessStory, sourceDocument } from "../../support/themes.js";

/**
 * Session 41, evidence and sign: the coalition's personnel and convoys are the coalition, and
 * the removal of its personnel from Al-Asad air base is withdrawal; its aircraft that "continue to operate" are a presence kept; a joint
 * liaison cell is bilateral cooperation; radar that serves flying watches no border; gunmen who
 * stop traffic at a checkpoint of their own attack the road; a "tax" an armed group takes from
 * every lorry is extortion; a faction that charges lorries to pass and provides the escorts
 * protects a trade; a road with no army checkpoint, and soldiers who stay in after dark, leave the
 * ground unheld; partner forces that take over positions the coalition vacated show capacity.
 */

const AT = new Date("2026-12-10T12:00:00Z");
const _story = (sentences: string[]) =>
  sourceDocument("Story", sentences.join("\n\n"), "Reuters", "2026-12-06");
const roles = (theme: string, sentences: string[], at: number) =>
  assessStory(theme, sentences, AT, "Reuters", "2026-12-06").roles(at);
const extracted = (text: string) => extractFacts({ id: "t", title: "t", text });
const facts = (text: string) => extracted(text).facts;
const entityIds = (text: string) => extracted(text).entities.map((e) => e.lexiconId);

describe("the coalition and its base", () => {
  it("reads the coalition's personnel and convoys as the coalition", () => {
    for (const text of [
      "The removal of the remaining coalition personnel from Iraq began in Anbar.",
      "A coalition convoy crossed into Syria near Rabia.",
    ])
      expect(entityIds(text)).toContain("org/coalition");
  });

  it("counts the removal of coalition personnel from Al-Asad as withdrawal and aircraft that continue to operate as presence", () => {
    const sentences = [
      "Airspace within 25 nautical miles of Al-Asad air base in Anbar is restricted to military transport flights supporting the removal of the remaining coalition personnel and equipment from Iraq.",
      "Flights to and from Erbil International Airport are not affected, and coalition aircraft based there continue to operate under existing arrangements.",
      "A joint Iraqi-US liaison cell will continue to coordinate military flights from Baghdad International Airport after the restriction ends.",
    ];
    expect(roles("coalition-withdrawal", sentences, 0)).toContain("driver:withdrawal-intent");
    expect(roles("coalition-withdrawal", sentences, 1)).toContain("mitigator:residual-presence");
    expect(roles("coalition-withdrawal", sentences, 2)).toContain("mitigator:bilateral-security-ties");
  });

  it("does not read coalition aircraft that no longer fly as a presence kept", () => {
    const found = facts("Coalition aircraft based there will no longer continue to operate after March.");
    expect(found.some((f) => f.kind === "countermeasure" && f.tags?.includes("troop-deployment"))).toBe(
      false,
    );
  });

  it("counts Peshmerga taking over positions the coalition vacated as Iraqi capacity, not withdrawal", () => {
    const r = roles(
      "coalition-withdrawal",
      [
        "The Ministry of Peshmerga issued a statement on the Syrian border.",
        "Peshmerga units have taken over two positions on the Syrian border vacated by coalition troops, the Ministry of Peshmerga said.",
      ],
      1,
    );
    expect(r).toContain("mitigator:iraqi-capacity");
    expect(r).not.toContain("driver:withdrawal-intent");
  });
});

describe("radar that serves flying", () => {
  it.each([
    "Air traffic control at Baghdad will provide radar service to all aircraft crossing the restricted area.",
    "The weather radar at the airport was repaired last week.",
  ])("does not read %s as surveillance", (text) => {
    expect(facts(text).some((f) => f.tags?.includes("surveillance"))).toBe(false);
  });

  it("still reads radar units added on a border as surveillance", () => {
    const found = facts("The second phase will add radar units along the border with Syria.");
    expect(found.some((f) => f.tags?.includes("surveillance"))).toBe(true);
  });
});

describe("the road held up and the road left empty", () => {
  const witness = [
    "On 2 December, about 30 kilometres west of Palmyra, four armed men in military clothes stopped my lorry at a checkpoint I had never seen before.",
    "He said the Islamic State takes a tax of 200 dollars from every lorry on this road, and I paid it.",
    "On the whole stretch from Al-Furqlus to Palmyra I did not see a single army checkpoint, although there used to be three.",
    "The soldiers at the entrance of Palmyra told me they do not go out on the road after dark because they have only two vehicles.",
  ];

  it("counts gunmen stopping a lorry at their own checkpoint as an attack", () => {
    expect(roles("isis-badia-insurgency", witness, 0)).toContain("driver:attacks-reported");
  });

  it("counts a tax the Islamic State takes from every lorry as its cells at work", () => {
    expect(roles("isis-badia-insurgency", witness, 1)).toContain("driver:cells-active");
  });

  it("counts a road without an army checkpoint and soldiers who stay in after dark as a vacuum", () => {
    expect(roles("isis-badia-insurgency", witness, 2)).toContain("driver:security-vacuum");
    expect(roles("isis-badia-insurgency", witness, 3)).toContain("driver:security-vacuum");
  });

  it("reads a coach stopped at a false checkpoint as an attack, and an army checkpoint as none", () => {
    const held = facts("Our coach was stopped by three armed men at a false checkpoint west of Tel Afar.");
    expect(held.some((f) => f.kind === "event" && f.tags?.includes("insurgent-attack"))).toBe(true);
    const army = facts("Soldiers stopped our coach at a checkpoint west of Tel Afar and checked our papers.");
    expect(army.some((f) => f.tags?.includes("insurgent-attack"))).toBe(false);
  });

  it("does not read soldiers who patrol at night as ground left unheld", () => {
    const found = facts("The soldiers at Palmyra go out on the road every night with four vehicles.");
    expect(found.some((f) => f.tags?.includes("security-vacuum"))).toBe(false);
  });
});

describe("a faction paid for the passage it guards", () => {
  it("counts an armed faction that charges lorries a fee and provides the escorts as armed protection of the trade", () => {
    const r = roles(
      "cross-border-smuggling",
      [
        "The accused was arrested at the Al-Qaim border crossing after customs officers found 412,000 captagon pills in his lorry.",
        "A witness told the investigator that an armed faction on the Syrian side charges lorries a fee to pass its checkpoints near Albukamal and provides the escorts.",
      ],
      1,
    );
    expect(r).toContain("driver:armed-group-involvement");
  });

  it("does not read drivers who pay fees at checkpoints as a smuggling trade", () => {
    const found = facts(
      "Our members pay fees at every checkpoint, and the union demands that the Syrian authorities end this extortion of Iraqi drivers.",
    );
    expect(found.some((f) => f.tags?.includes("smuggling"))).toBe(false);
  });
});

describe("a partner's backing lost and the coalition's bases taken over", () => {
  it("reads a force that has lost most of its US funding as support cut, and counts it for the SDF's exposure", () => {
    const found = facts("The SDF has lost most of its US funding.");
    expect(found.some((f) => f.kind === "event" && f.tags?.includes("troop-withdrawal"))).toBe(true);
    const r = roles(
      "coalition-withdrawal",
      [
        "The Company's report reviews the security of its sites.",
        "In Syria, the SDF, which holds thousands of ISIS detainees in Al-Hasakah, has lost most of its US funding, and a breakdown at its prisons could send fighters towards the Iraqi border.",
      ],
      1,
    );
    expect(r).toContain("driver:sdf-exposure");
  });

  it("does not read funding lost by a company as a partner's support cut", () => {
    const found = facts("The museum has lost most of its funding this year.");
    expect(found.some((f) => f.tags?.includes("troop-withdrawal"))).toBe(false);
  });

  it("counts Iraqi forces that have taken over most of the coalition's former bases as Iraqi capacity", () => {
    const r = roles(
      "coalition-withdrawal",
      [
        "The Company's report reviews the security of its sites.",
        "The Iraqi security forces and the Peshmerga have taken over most of the coalition's former bases and have so far kept our sites secure.",
      ],
      1,
    );
    expect(r).toContain("mitigator:iraqi-capacity");
    expect(r).not.toContain("mitigator:residual-presence");
  });
});

describe("a patrol attacked", () => {
  it("reads a patrol that armed men fought as the target of an infiltration, not as forces deployed", () => {
    const found = facts(
      "A group of about 30 armed men crossed from Syria near Husaybah on the night of 14 November and fought a patrol before withdrawing.",
    );
    expect(found.some((f) => f.kind === "countermeasure" && f.tags?.includes("troop-deployment"))).toBe(
      false,
    );
    expect(found.some((f) => f.tags?.includes("infiltration"))).toBe(true);
  });

  it("still reads units that patrol the border as deployed", () => {
    const found = facts("Two regiments of the Border Guards patrol the frontier with Syria every night.");
    expect(found.some((f) => f.kind === "countermeasure" && f.tags?.includes("troop-deployment"))).toBe(true);
  });
});

describe("a desert rarely patrolled at night", () => {
  it("counts forces that hold the towns but rarely patrol the desert at night as a vacuum, not new forces", () => {
    const r = roles(
      "isis-badia-insurgency",
      [
        "The Observatory reviewed the security of the Badia over six months.",
        "Government forces hold the towns but rarely patrol the open desert at night, leaving the roads between them to the cells.",
      ],
      1,
    );
    expect(r).toContain("driver:security-vacuum");
    expect(r).not.toContain("mitigator:new-forces");
  });
});
