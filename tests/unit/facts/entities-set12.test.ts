import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** Entity classes met in new registers (alerts, blotters, imagery notes, minutes), on made-up text. */

describe("e-mail addresses", () => {
  it("an address names no account and no body its domain spells", () => {
    const doc = extract(
      "Police found a rocket near the bridge.\n\nTips and corrections: desk@mosulherald.example\nContact: ConsularACS@state.gov",
    );
    expect(doc.entities.some((e) => e.name.startsWith("@"))).toBe(false);
    expect(doc.entities.some((e) => /mosulherald|state/i.test(e.name))).toBe(false);
  });

  it("a handle written after a space is still an account", () => {
    const doc = extract("The video was first shared by @SinjarNow, an account run from Duhok.");
    expect(entityNamed(doc, "@SinjarNow")?.type).toBe("organization");
  });
});

describe("a country only as a qualifier of someone else", () => {
  it("the origin of smuggled goods is no place of the story", () => {
    const doc = extract("Police stopped a lorry carrying 20 cartons of Turkish cigarettes near Zakho.");
    expect(entityNamed(doc, "Turkey")).toBeUndefined();
    expect(entityNamed(doc, "Zakho")).toBeDefined();
  });

  it("'Iran-backed', 'Britain-based': a backer or base joined to a participle is no entity", () => {
    const doc = extract(
      "Iran-backed factions fired two rockets at Ain al-Asad, according to the Britain-based monitor.",
    );
    expect(entityNamed(doc, "Iran")).toBeUndefined();
    expect(entityNamed(doc, "United Kingdom")).toBeUndefined();
  });

  it("'a US defence official': a department's word between the abbreviation and the person", () => {
    const doc = extract("A US defence official said the blast at Tikrit was not a strike.");
    expect(entityNamed(doc, "United States")).toBeUndefined();
  });

  it("a country that acts or is a place keeps its entity", () => {
    const doc = extract("A US drone struck a car near Raqqa. Iran-backed factions blamed the US.");
    expect(entityNamed(doc, "United States")).toBeDefined();
  });
});

describe("a place's directorate of a service", () => {
  it("'the Nineveh health directorate' is a body; Nineveh stays a place", () => {
    const doc = extract("Two men died of their wounds, according to the Nineveh health directorate.");
    expect(entityNamed(doc, "Nineveh health directorate")?.type).toBe("organization");
    expect(entityNamed(doc, "Nineveh")?.type).toBe("place");
  });

  it("the place after 'of' or 'in' names the directorate too", () => {
    const doc = extract(
      "The security directorate of Raqqa province said cells were regrouping. The education directorate in Mosul closed two schools.",
    );
    expect(entityNamed(doc, "security directorate of Raqqa province")?.type).toBe("organization");
    expect(entityNamed(doc, "education directorate in Mosul")?.type).toBe("organization");
  });

  it("a directorate with no place names no body", () => {
    const doc = extract("The health directorate said three were wounded in Kirkuk.");
    expect(doc.entities.some((e) => /directorate/i.test(e.name))).toBe(false);
  });
});
