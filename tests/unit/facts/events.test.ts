import { describe, expect, it } from "vitest";
import { TAGS } from "../../../src/core/facts/events/tags.js";
import { extract } from "./helpers.js";

describe("events, threats and countermeasures", () => {
  it("types a prison attack with ACLED and CAMEO codes, its actors and tags", () => {
    const doc = extract(
      "Islamic State militants stormed Ghwayran prison in Hasakah on Thursday.",
      "2022-01-21",
    );
    const attack = doc.facts.find((f) => f.kind === "event");
    expect(attack?.codes).toEqual({
      acled: { eventType: "Battles", subEventType: "Armed clash" },
      cameo: { code: "18", label: "Assault" },
    });
    expect(attack?.tags).toEqual(
      expect.arrayContaining(["prison-attack", "detention-facility", "insurgent-attack"]),
    );
    const names = attack?.entities.map((id) => doc.entities.find((e) => e.id === id)?.name);
    expect(names).toEqual(expect.arrayContaining(["Islamic State", "Ghwayran prison", "Hasakah"]));
    expect(attack?.date?.value).toBe("2022-01-20");
  });

  it("makes hypothetical harm a threat: 'could weaken them and lead to the escape'", () => {
    const doc = extract(
      "The spokesman noted that the continued Turkish attack on the SDF could weaken them and lead to the escape of ISIS members detained in camps.",
    );
    const breakout = doc.facts.find((f) => f.tags?.includes("escape"));
    expect(breakout).toMatchObject({ kind: "threat", modality: "hypothetical" });
    const attack = doc.facts.find((f) => f.tags?.includes("cross-border-attack"));
    expect(attack).toMatchObject({ kind: "event", modality: "asserted", date: { value: "ongoing" } });
  });

  it("marks negated events: 'no detainees escaped'", () => {
    const doc = extract("Guards said no detainees escaped during the riot.");
    expect(doc.facts.find((f) => f.tags?.includes("escape"))?.modality).toBe("negated");
  });

  it("lists each fortification and surveillance measure on its own", () => {
    const doc = extract(
      "Iraq built a concrete wall, barbed wire fences and watchtowers with thermal cameras on the Syrian border.",
    );
    const measures = doc.facts.filter((f) => f.kind === "countermeasure").map((f) => f.text);
    expect(measures).toEqual(["concrete wall", "barbed wire fences", "watchtowers", "thermal cameras"]);
    for (const f of doc.facts) expect(f.tags).toContain("border-security");
  });

  it("tags a militia deployment and a cross-border drone strike", () => {
    const doc = extract(
      "Thousands of troops were deployed, and the Popular Mobilization Forces too. A Turkish drone struck a car near Qamishli.",
    );
    expect(doc.facts.find((f) => f.text.includes("deployed"))?.tags).toEqual(
      expect.arrayContaining(["troop-deployment", "militia-deployment"]),
    );
    const strike = doc.facts.find((f) => f.tags?.includes("drone"));
    expect(strike?.codes?.acled).toEqual({
      eventType: "Explosions/Remote violence",
      subEventType: "Air/drone strike",
    });
    expect(strike?.tags).toContain("cross-border-attack");
  });

  it("dates sentences, detention orders, openings, accessions, pursuits, crossings, returns and deals", () => {
    const cases: [string, string, string][] = [
      [
        "Nine defendants were sentenced to death in a single session on 11 May.",
        "countermeasure",
        "2026-05-11",
      ],
      [
        "On 6 June, the judge in Dohuk ordered that the three be held for 15 days.",
        "countermeasure",
        "2026-06-06",
      ],
      ["The ministry opened a new wing of the central prison in March.", "event", "2026-03"],
      ["Lebanon joined the US-led coalition against Islamic State in November 2025.", "event", "2025-11"],
      [
        "On 3 May, helicopters supported troops pursuing the attackers near Rutba.",
        "countermeasure",
        "2026-05-03",
      ],
      ["Two of the men entered the Kurdistan Region from Syria in March.", "event", "2026-03"],
      ["Samira Touma returned with her children in March from the Roj camp.", "event", "2026-03"],
      [
        "Under a deal signed in Baghdad on 16 March, the handover starts in June.",
        "countermeasure",
        "2026-03-16",
      ],
      [
        "The depot was the Hasakah facility stormed by Islamic State fighters in January 2022.",
        "event",
        "2022-01",
      ],
    ];
    for (const [text, kind, date] of cases) {
      const doc = extract(text, "2026-06-08");
      expect(
        doc.facts.some((f) => f.kind === kind && f.date?.value === date),
        text,
      ).toBe(true);
    }
  });

  it("uses only tags of the controlled vocabulary", () => {
    const doc = extract(
      "Smugglers moved captagon and weapons across the border. The army seized the drugs and arrested four men. Repatriations from al-Hol resumed.",
    );
    const used = doc.facts.flatMap((f) => f.tags ?? []);
    expect(used.length).toBeGreaterThan(0);
    for (const tag of used) expect(TAGS).toContain(tag);
  });
});
