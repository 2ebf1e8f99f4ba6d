import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** Names cut, glued or mistaken across new registers (notices, digests, releases), on made-up text. */

describe("a body named with its country's possessive", () => {
  it("'Turkey's Interior Ministry' is also spelled 'Interior Ministry'", () => {
    const doc = extract("Turkey's Interior Ministry said the checkpoint had been moved on Friday.");
    const ministry = doc.entities.find((e) => /Interior Ministry/.test(e.aliases.join("|") + e.name));
    expect(ministry?.type).toBe("organization");
    expect(ministry?.aliases).toContain("Interior Ministry");
  });
});

describe("a known name inside a longer one", () => {
  it("'Abu Sayda' after 'village of' is a village, not Sidon", () => {
    const doc = extract("The pipe was hit near the village of Abu Sayda before dawn, officials said.");
    expect(doc.entities.some((e) => e.name === "Sidon")).toBe(false);
    expect(entityNamed(doc, "Abu Sayda")?.type).toBe("place");
  });

  it("'Sayda' alone is still the Lebanese city", () => {
    const doc = extract("The ferry left Sayda on Monday morning.");
    expect(doc.entities.some((e) => e.name === "Sidon")).toBe(true);
  });

  it("'Wadi al-Tharthar' stays the wadi, apart from the lake it runs to", () => {
    const doc = extract("Aircraft struck caves in Wadi al-Tharthar on Sunday.");
    expect(entityNamed(doc, "Wadi al-Tharthar")?.type).toBe("place");
  });
});

describe("places listed together", () => {
  it("a name listed with a known place spelled with 'al-' is a place: 'between Qarmal and al-Qusair'", () => {
    const doc = extract("Armed men stopped the buses on the road between Qarmal and al-Qusair on Friday.");
    expect(entityNamed(doc, "Qarmal")?.type).toBe("place");
  });
});

describe("bodies' names with a plural possessive or an umbrella spelled out", () => {
  it("'the Erbil Bakers' Union' is one body", () => {
    const doc = extract("The Erbil Bakers' Union announced a strike on Monday.");
    expect(entityNamed(doc, "Erbil Bakers' Union")?.type).toBe("organization");
  });

  it("'the United Nations Population Fund' is one body, as 'UN Population Fund' would be", () => {
    const doc = extract("Clinics are run by the United Nations Population Fund in the camp.");
    expect(entityNamed(doc, "United Nations Population Fund")?.type).toBe("organization");
    expect(doc.entities.some((e) => e.name === "United Nations")).toBe(false);
  });
});

describe("outlets and numbered parts of sites", () => {
  it("'the Zaman news agency' names an outlet", () => {
    const doc = extract("The statement was carried by the Zaman news agency on Tuesday.");
    expect(entityNamed(doc, "Zaman")?.type).toBe("organization");
  });

  it("'on VHF channel 16' names no outlet", () => {
    const doc = extract("Ships should report approaches to port control on VHF channel 16.");
    expect(entityNamed(doc, "VHF")).toBeUndefined();
  });

  it("'Building 4' after a role is no person", () => {
    const doc = extract(
      "The paper is written by students. Contact the editors through the Student Union office, Building 4.",
    );
    expect(entityNamed(doc, "Building")?.type).not.toBe("person");
  });
});

describe("gazetteer places of the region", () => {
  it.each([
    ["Families crossed at Masnaa on Thursday.", "Masnaa"],
    ["Water was cut to Buhriz for a day.", "Buhriz"],
    ["Cells still hide around the Thar Thar, the army said.", "Thar Thar"],
    ["He was living in north-west Syria under a false name.", "north-west Syria"],
    ["The claim was reported by Al-Sumaria on Sunday.", "Al-Sumaria"],
    ["Turkish customs officers at the gate found the explosives.", "Turkish customs"],
  ])("%s", (text, name) => {
    const doc = extract(text);
    expect(entityNamed(doc, name)).toBeDefined();
  });
});

describe("a place is not a man whose name sounds alike", () => {
  it("'in al-Rashad' stays a place beside 'Karwan Rashid'", () => {
    const doc = extract(
      "Dr Karwan Omer Rashid said the ward was full. The attack came a week after a patrol was hit in al-Rashad.",
    );
    expect(entityNamed(doc, "al-Rashad")?.type).toBe("place");
    expect(entityNamed(doc, "Karwan Omer Rashid")?.aliases).not.toContain("al-Rashad");
  });
});

describe("nationalities joined by hyphens", () => {
  it("'a Belgian-Moroccan dual national' names neither country", () => {
    const doc = extract("The man, a Belgian-Moroccan dual national, was held at the border.");
    expect(doc.entities.some((e) => e.name === "Belgium")).toBe(false);
  });

  it("'an Iraqi-registered truck' names no Iraq", () => {
    const doc = extract("Officers found explosives on an Iraqi-registered truck at the gate.");
    expect(doc.entities.some((e) => e.name === "Iraq")).toBe(false);
  });

  // ANNOTATION.md rule 1: adjectives in a compound are no listed entities; both countries are
  // kept aside as the parties the facts read.
  it("'a joint Iraqi-Turkish inspection' keeps both countries as parties, aside", () => {
    const doc = extract("A joint Iraqi-Turkish inspection would satisfy both sides.");
    const all = [...doc.entities, ...(doc.asides ?? [])];
    expect(all.some((e) => e.name === "Iraq")).toBe(true);
    expect(all.some((e) => e.name === "Turkey")).toBe(true);
    expect(doc.entities.some((e) => e.name === "Turkey")).toBe(false);
  });
});

describe("names of papers, channels and quarters", () => {
  it("'obtained by The Tigris Journal' keeps the paper's 'The'", () => {
    const doc = extract("A recording obtained by The Tigris Journal appears to show the deal.");
    expect(entityNamed(doc, "The Tigris Journal")?.type).toBe("organization");
  });

  it("a channel glossed in brackets is an outlet: 'Sawt al-Qarya (activist channel)'", () => {
    const doc = extract("2. Sawt al-Qarya (activist channel), 07:40\nA man told Sawt al-Qarya what he saw.");
    expect(entityNamed(doc, "Sawt al-Qarya")?.type).toBe("organization");
  });

  it("'Kirkuk al-Jadida' is a quarter of its own, not Kirkuk", () => {
    const doc = extract("Water was cut to Kirkuk al-Jadida on Monday.");
    expect(entityNamed(doc, "Kirkuk al-Jadida")?.type).toBe("place");
  });

  it("names listed after 'Areas affected:' are places", () => {
    const doc = extract("1. Areas affected: al-Nasr, al-Mualimeen, Buhriz and the villages nearby.");
    expect(entityNamed(doc, "al-Mualimeen")?.type).toBe("place");
  });

  it("a people's possessive stays in the name: 'People's Protection Units' is not 'Protection Units'", () => {
    const doc = extract("The People's Protection Units said the road was open.");
    expect(entityNamed(doc, "Protection Units")).toBeUndefined();
  });
});

describe("a town's services", () => {
  it("'the Kirkuk civil defence' is a body, as 'Kirkuk police' is", () => {
    const doc = extract("Five were killed at the scene, according to the Kirkuk civil defence.");
    expect(entityNamed(doc, "Kirkuk civil defence")?.type).toBe("organization");
    expect(entityNamed(doc, "Kirkuk")?.type).toBe("place");
  });
});
