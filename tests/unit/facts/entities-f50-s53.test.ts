import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/**
 * Readings prompted by the fiftieth held-out set's first sight (session 53), each on invented
 * sentences: people's origins in passing, a letter writer's "My Government", abbreviated
 * countries before "personnel", hyphenated compass parts, a channel's "Diaries", pilgrims'
 * honorifics kept as a spelling, and a given name written as its initial.
 */

const spellings = (doc: ReturnType<typeof extract>, name: string) => {
  const e = entityNamed(doc, name);
  return e ? [e.name, ...e.aliases] : [];
};

describe("where people come from is no place of the story", () => {
  it("'foreign nationals from Uzbekistan and Kazakhstan' lists neither country", () => {
    const doc = extract(
      "Detainees held at the camp near Hasakah include foreign nationals from Uzbekistan and Kazakhstan.",
    );
    expect(entityNamed(doc, "Uzbekistan")).toBeUndefined();
    expect(entityNamed(doc, "Kazakhstan")).toBeUndefined();
    expect(entityNamed(doc, "Hasakah")).toBeDefined();
  });

  it("'Yazidis from Iraq to Germany' is how far a people spreads; 'fled from Syria into Turkey' stays", () => {
    const spread = extract(
      "The feast is kept by Yazidis from Iraq to Germany, and the shrine at Lalish is its heart.",
    );
    expect(entityNamed(spread, "Iraq")).toBeUndefined();
    expect(entityNamed(spread, "Germany")).toBeUndefined();
    const moved = extract("Dozens of families fled from Syria into Turkey on Tuesday after the shelling.");
    expect(entityNamed(moved, "Turkey")).toBeDefined();
  });
});

describe("a letter writer's own body, and a country's short name before its staff", () => {
  it("'My Government urges the Council' names no organization", () => {
    const doc = extract("My Government urges the Council to act after the attack on the post near Qaim.");
    expect(doc.entities.some((e) => e.name.startsWith("My "))).toBe(false);
  });

  it("'No UK personnel were hurt' lists no United Kingdom", () => {
    const doc = extract("A drone struck a hangar at the base near Erbil. No UK personnel were hurt.");
    expect(entityNamed(doc, "United Kingdom")).toBeUndefined();
    expect(entityNamed(doc, "Erbil")).toBeDefined();
  });
});

describe("spellings of names", () => {
  it("'north-western Iraq' is a spelling of the country's part as written, hyphen and all", () => {
    const doc = extract("Gunmen who came from north-western Iraq attacked a checkpoint near Hasakah.");
    expect(spellings(doc, "Iraq")).toContain("north-western Iraq");
  });

  it("'Raqqa Diaries' is a channel's name: Raqqa is counted only where it is the town", () => {
    const doc = extract(
      "Video by our reporter | Raqqa Diaries\n\nA car bomb exploded near a market in Raqqa on Monday.",
    );
    const raqqa = entityNamed(doc, "Raqqa");
    expect(raqqa?.mentions).toHaveLength(1);
  });

  it("'Hajji Karim Saadoun' keeps the spelling with the honorific beside the name", () => {
    const doc = extract('Her uncle, Hajji Karim Saadoun, told reporters: "The road was never cleared."');
    const names = doc.entities.filter((e) => e.type === "person").flatMap((e) => [e.name, ...e.aliases]);
    expect(names).toContain("Hajji Karim Saadoun");
  });

  it("'R. Pemberton' and 'Robert Pemberton' are one person", () => {
    const doc = extract(
      "Claimant: Mr R. Pemberton\n\nMr Robert Pemberton worked as a driver at a depot near Basra until 2025.",
    );
    const people = doc.entities.filter((e) => e.type === "person" && /Pemberton/.test(e.name));
    expect(people).toHaveLength(1);
  });
});
