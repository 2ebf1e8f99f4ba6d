import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

/**
 * Session 58 (helper r58), extractor readings for evidence recall, on invented sentences: a camp
 * named by the desert people who live in it holds no one; militants told as the doers of a killing
 * or an attack make it an insurgent attack; the departure of "every American soldier" and a
 * battalion that "will leave" its base are withdrawals; people "caught" are arrested; ground
 * entered "from the Syrian side" is crossed over a border; people stopped as they tried to cross
 * are interdicted; a negation inside a relative clause that describes the subject is not the main
 * verb's; a force that pulls its aircraft back to a rear base draws down; a watchtower fired on is
 * a post attacked; some of the militants killed are struck as insurgents; a unit that arrived on
 * the border, or that holds the line or its posts, is deployed there; armed men tracked are
 * watched; a state that brings its forces home withdraws them; a base kept open keeps its force;
 * a gap in a berm crossed is a barrier breached.
 */
const doc = (text: string, publishedAt = "2026-12-20T00:00:00Z") =>
  extractFacts({ id: "t", title: "", text, publishedAt });
const of = (text: string, kind: string) => doc(text).facts.filter((f) => f.kind === kind);
const tagged = (text: string, tag: string) => doc(text).facts.filter((f) => f.tags?.includes(tag));

describe("a camp named by the desert people who live in it", () => {
  it("is no detention site: a herders' camp attacked", () => {
    expect(
      tagged("Gunmen raided a herders' camp south of the oil field on Monday.", "detention-facility"),
    ).toEqual([]);
    expect(
      tagged("Gunmen raided a Bedouin camp south of the oil field on Monday.", "detention-facility"),
    ).toEqual([]);
  });
  it("leaves a camp where families are held a detention site", () => {
    expect(
      tagged(
        "Gunmen attacked the camp where the fighters' families are held on Monday.",
        "detention-facility",
      ),
    ).not.toEqual([]);
  });
});

describe("militants told as the doers of a killing or an attack", () => {
  it("make it an insurgent attack", () => {
    const [event] = of("Militants killed three farmers near the river on Thursday.", "event");
    expect(event?.tags).toEqual(expect.arrayContaining(["insurgent-attack", "casualties"]));
    const [raid] = of("Jihadists attacked an army post outside the town at dawn.", "event");
    expect(raid?.tags).toContain("insurgent-attack");
  });
  it("leave militants killed in a strike the dead, not the attackers", () => {
    expect(tagged("Four militants killed in the strike were buried on Friday.", "insurgent-attack")).toEqual(
      [],
    );
  });
});

describe("a foreign force told leaving", () => {
  it("reads a demand for the departure of every American soldier as a withdrawal", () => {
    expect(
      tagged(
        "The party demands the departure of every American soldier from the country by spring.",
        "troop-withdrawal",
      ),
    ).not.toEqual([]);
  });
  it("reads a battalion that will leave its air base as a withdrawal", () => {
    expect(
      tagged(
        "The battalion will leave the air base near the capital in January, its commander said.",
        "troop-withdrawal",
      ),
    ).not.toEqual([]);
  });
  it("leaves one soldier's departure from his unit no withdrawal", () => {
    expect(
      tagged("The soldier's departure from the regiment surprised his friends.", "troop-withdrawal"),
    ).toEqual([]);
  });
});

describe("people caught", () => {
  it("are arrested, and men coming over from a neighbour's side crossed the border", () => {
    const [arrest] = of(
      "On Sunday night the guards caught six men coming over from the Syrian side.",
      "countermeasure",
    );
    expect(arrest?.tags).toEqual(expect.arrayContaining(["arrest", "border-security"]));
  });
  it("leaves a cold or a fish caught no arrest", () => {
    expect(tagged("The boys caught a cold on the way home.", "arrest")).toEqual([]);
    expect(tagged("The fishermen caught four fish near the bridge.", "arrest")).toEqual([]);
  });
});

describe("people stopped as they tried to cross", () => {
  it("are interdicted", () => {
    const [stop] = of(
      "Last year the border guards stopped 230 people who tried to cross at night.",
      "countermeasure",
    );
    expect(stop?.tags).toContain("seizure");
  });
  it("leaves people stopped for another purpose no interdiction", () => {
    expect(tagged("The traffic police stopped 25 people to check their licences.", "seizure")).toEqual([]);
  });
});

describe("a negation inside a relative clause of the subject", () => {
  it("is not the main verb's: the attack is told as done", () => {
    const [event] = of("A lorry that had not stopped opened fire on a patrol near the crossing.", "event");
    expect(event?.modality).toBe("asserted");
  });
  it("leaves a negation whose relative clause holds the trigger", () => {
    const [event] = of("The villagers who did not see the attack were questioned on Monday.", "event");
    expect(event?.modality ?? "negated").not.toBe("asserted");
  });
  it("leaves a subject of none, and a relative verb's object, negated", () => {
    const [breakout] = of("The warden said that no inmate had escaped from the jail.", "event");
    expect(breakout?.modality).toBe("negated");
    const [attack] = of("The officer cited reports that did not mention attacks on the convoy.", "event");
    expect(attack?.modality ?? "negated").toBe("negated");
  });
  it("leaves the main verb's own negation", () => {
    const [event] = of("The gunmen did not open fire on the patrol near the crossing.", "event");
    expect(event?.modality ?? "negated").toBe("negated");
  });
});

describe("a force that pulls its aircraft or men back", () => {
  it("draws down", () => {
    expect(
      tagged(
        "Since the allies pulled the helicopters back to the airport in May, the guards feel alone.",
        "troop-withdrawal",
      ),
    ).not.toEqual([]);
  });
  it("leaves curtains pulled back no withdrawal", () => {
    expect(
      tagged("The nurse pulled the curtains back to let the morning light in.", "troop-withdrawal"),
    ).toEqual([]);
  });
});

describe("a watchtower fired on", () => {
  it("is a post attacked", () => {
    const [event] = of(
      "Two cars stopped on the road and the men in them fired on the guards' watchtower.",
      "event",
    );
    expect(event?.codes?.acled?.eventType).toBe("Battles");
  });
  it("leaves a watchtower built no attack", () => {
    expect(
      of("The engineers built a new watchtower near the road in March.", "event").filter(
        (f) => f.codes?.acled?.eventType === "Battles",
      ),
    ).toEqual([]);
  });
});

describe("some of the militants killed", () => {
  it("are insurgents struck", () => {
    const [event] = of(
      "A raid on Friday killed four of the militants behind the attack on the market.",
      "event",
    );
    expect(event?.tags).toContain("counter-terrorism");
  });
  it("leaves militants who killed others the attackers", () => {
    const [event] = of("Four of the militants killed two farmers near the well on Friday.", "event");
    expect(event?.tags).not.toContain("counter-terrorism");
  });
});

describe("a unit on the border", () => {
  it("that arrived there is deployed there", () => {
    const facts = tagged(
      "Traffic is slower because the battalion that arrived on the border in May checks every lorry.",
      "troop-deployment",
    );
    expect(facts.map((f) => f.kind)).toContain("countermeasure");
  });
  it("that holds the line or every post on it is deployed there", () => {
    expect(
      tagged(
        "Two brigades of the army held the line beside the border guards all winter.",
        "troop-deployment",
      ),
    ).not.toEqual([]);
    expect(
      tagged("The 9th Brigade still holds every post between the river and the border.", "troop-deployment"),
    ).not.toEqual([]);
  });
  it("leaves a brigade that held a meeting, and fighters who held a village, no deployment", () => {
    expect(
      tagged("The brigade held a meeting with the tribal elders on Monday.", "troop-deployment"),
    ).toEqual([]);
    expect(tagged("The fighters held the village for two days.", "troop-deployment")).toEqual([]);
  });
});

describe("armed men tracked", () => {
  it("are watched", () => {
    const [watch] = of(
      "The drone crew is commended for tracking a group of armed men for six kilometres at night.",
      "countermeasure",
    );
    expect(watch?.tags).toContain("surveillance");
  });
  it("leaves a number tracked no watch", () => {
    expect(tagged("The ministry is tracking the number of families who return.", "surveillance")).toEqual([]);
  });
});

describe("a state that brings its forces home", () => {
  it("withdraws them, and does not repatriate them", () => {
    const facts = tagged(
      "The president has said he will bring most of the country's troops home next year.",
      "troop-withdrawal",
    );
    expect(facts).not.toEqual([]);
    expect(facts.flatMap((f) => f.tags ?? [])).not.toContain("repatriation");
  });
  it("leaves families brought home a repatriation", () => {
    expect(
      tagged("Officials said 40 families were brought home from the camp on Sunday.", "troop-withdrawal"),
    ).toEqual([]);
  });
});

describe("a base kept open", () => {
  it("keeps its force there", () => {
    const [kept] = of(
      "The allies will keep the northern air base open until next summer, an official said.",
      "countermeasure",
    );
    expect(kept?.tags).toContain("troop-deployment");
  });
  it("leaves a crossing kept open no force kept", () => {
    expect(
      tagged("The authorities will keep the crossing open during the holiday.", "troop-deployment"),
    ).toEqual([]);
  });
});

describe("a gap in a berm or a trench crossed", () => {
  it("is a barrier breached", () => {
    const [breach] = of(
      "A dozen men in two pickups crossed through a gap in the berm west of the village at night.",
      "threat",
    );
    expect(breach?.tags).toEqual(expect.arrayContaining(["infiltration", "border-security"]));
  });
  it("leaves a gap in a hedge walked through no breach", () => {
    expect(
      tagged("The children walked through a gap in the hedge behind the school.", "infiltration"),
    ).toEqual([]);
  });
});
