import { describe, expect, it } from "vitest";
import { everyEntity } from "../../../src/core/facts/schema.js";
import { entityNamed, extract } from "./helpers.js";

/**
 * What an article mentions without naming it as one of its entities is kept aside: not listed,
 * but still there for the facts, quotes and roles that point to it (invented sentences).
 */

const aside = (doc: ReturnType<typeof extract>, name: string) => doc.asides?.find((e) => e.name === name);

describe("a country written only as an adjective", () => {
  it("'Turkish drones struck' lists no Turkey, and the strike still points to it", () => {
    const doc = extract("Turkish drones struck a farm near Derik on Tuesday, killing two shepherds.");
    expect(entityNamed(doc, "Turkey")).toBeUndefined();
    expect(entityNamed(doc, "Derik")).toBeDefined();
    const turkey = aside(doc, "Turkey");
    expect(turkey).toBeDefined();
    expect(doc.facts.some((f) => f.entities.includes(turkey?.id ?? ""))).toBe(true);
  });

  it("'American air strikes', 'the Italians say' are qualities and people, not the country", () => {
    const doc = extract(
      "The village was retaken after weeks of American air strikes. The Italians say the clinic in Zakho is full.",
    );
    expect(entityNamed(doc, "United States")).toBeUndefined();
    expect(entityNamed(doc, "Italy")).toBeUndefined();
    expect(entityNamed(doc, "Zakho")).toBeDefined();
  });

  it("'U.S. citizens' is an adjective; 'the US has' names the country", () => {
    const adjective = extract("The embassy urged U.S. citizens to avoid the road to Kirkuk.");
    expect(entityNamed(adjective, "United States")).toBeUndefined();
    const noun = extract("The US has sent two more advisers to the base near Kirkuk.");
    expect(entityNamed(noun, "United States")).toBeDefined();
  });

  it("an adjective of the land ('the Jordanian side', 'the Saudi border') keeps the country as a place", () => {
    const doc = extract(
      "The smugglers fled back to the Jordanian side. A patrol drove on to the Saudi border.",
    );
    expect(entityNamed(doc, "Jordan")).toBeDefined();
    expect(entityNamed(doc, "Saudi Arabia")).toBeDefined();
  });
});

describe("a body described only by common nouns", () => {
  it("'Iraqi officials said' lists no government; the quote keeps the article's words for its speaker", () => {
    const doc = extract("Iraqi officials said the convoy had been hit twice near Baiji.");
    expect(doc.entities.some((e) => e.type === "organization" && /government/i.test(e.name))).toBe(false);
    const quote = doc.quotes[0];
    expect(quote?.speaker.name).toBe("Iraqi officials");
  });

  it("'the authorities in Damascus' is named with their seat when they speak", () => {
    const doc = extract(
      "The authorities in Damascus said they had closed four workshops in Hama. The workshops were empty.",
    );
    expect(doc.quotes[0]?.speaker.name).toBe("authorities in Damascus");
  });

  it("'the security forces' lists no body, 'Iraqi security forces' and 'the Iraqi army' do", () => {
    const generic = extract("Four members of the security forces were wounded near Tuz Khurmatu on Friday.");
    expect(generic.entities.some((e) => e.type === "organization")).toBe(false);
    const named = extract("Iraqi security forces and the Iraqi army cleared two villages near Tuz Khurmatu.");
    expect(named.entities.filter((e) => e.type === "organization").length).toBeGreaterThan(0);
  });

  it("'Iran-backed militias' names no body", () => {
    const doc = extract("Iran-backed militias left the orchards east of Bukamal in the spring.");
    expect(doc.entities.some((e) => e.type === "organization")).toBe(false);
  });

  it("a body set aside still resolves a fact's id", () => {
    const doc = extract("Iraqi officials said gunmen killed two farmers near Hawija on Sunday.");
    const ids = new Set(everyEntity(doc).map((e) => e.id));
    for (const f of doc.facts) for (const id of f.entities) expect(ids.has(id)).toBe(true);
  });
});

describe("a place named only as a clock's zone", () => {
  it("'21:10 (Erbil time)' names no place; Erbil as a place of events stays", () => {
    const zone = extract("Posted 21:10 (Mosul time). The bakery on the corner opens at seven.");
    expect(entityNamed(zone, "Mosul")).toBeUndefined();
    const place = extract("Posted 21:10 (Mosul time). A bomb exploded in Mosul on Monday.");
    expect(entityNamed(place, "Mosul")).toBeDefined();
  });
});
