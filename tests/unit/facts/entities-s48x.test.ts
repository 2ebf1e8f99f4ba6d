import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** Session 48 (part x): courts of a jurisdiction, court sittings, crossing posts, possessive locators; made-up text. */

const names = (doc: ReturnType<typeof extract>) => doc.entities.map((e) => e.name);

describe("a national body's short name with another jurisdiction after 'of'", () => {
  it("'the Central Criminal Court of Basra' is Basra's court, not Iraq's", () => {
    const doc = extract(
      "The Central Criminal Court of Basra jailed two smugglers on Tuesday, the court said.",
    );
    expect(entityNamed(doc, "Central Criminal Court of Basra")).toBeDefined();
    expect(entityNamed(doc, "Central Criminal Court of Iraq")).toBeUndefined();
  });

  it("the short name alone, or with its own country, is still the national court", () => {
    const doc = extract(
      "The Central Criminal Court sentenced him in May. The Central Criminal Court of Iraq upheld it.",
    );
    expect(entityNamed(doc, "Central Criminal Court of Iraq")).toBeDefined();
  });
});

describe("a numbered sitting of a court", () => {
  it("'Second Panel', 'Third Chamber' name no person and no body of their own", () => {
    const doc = extract(
      "Karbala Criminal Court – Second Panel\n\nThe Third Chamber heard the appeal of a man from Hilla on Monday.",
    );
    expect(names(doc)).not.toContain("Panel");
    expect(names(doc)).not.toContain("Third Chamber");
    expect(entityNamed(doc, "Hilla")).toBeDefined();
  });
});

describe("a crossing's post written with its own noun", () => {
  it("'the Jaber centre' is spelled 'Jaber' too", () => {
    const doc = extract("Inspectors at the Jaber centre found pills in a truck of oranges on Friday.");
    const crossing = entityNamed(doc, "Jaber crossing");
    expect(crossing?.aliases).toContain("Jaber");
  });
});

describe("a country only in the possessive before one of its places", () => {
  it("'Iraq's Trebil crossing', 'Syria's Deir ez-Zor province' locate the place; no country", () => {
    const doc = extract(
      "Trucks from Iraq's Trebil crossing waited for two days. Fuel came from Syria's Deir ez-Zor province.",
    );
    expect(entityNamed(doc, "Iraq")).toBeUndefined();
    expect(entityNamed(doc, "Syria")).toBeUndefined();
    expect(entityNamed(doc, "Trebil crossing")).toBeDefined();
  });

  it("before a region, or named elsewhere too, the country stays", () => {
    const doc = extract(
      "Flights to Iraq's Kurdistan Region resumed. Syria's Hasakah province was calm, and Syria closed its border.",
    );
    expect(entityNamed(doc, "Iraq")).toBeDefined();
    expect(entityNamed(doc, "Syria")).toBeDefined();
  });
});

describe("a nationality before a calling", () => {
  it("'a Jordanian driver', 'Lebanese traders' are nationals, no country", () => {
    const doc = extract(
      "A Jordanian driver was robbed near Rutba, and Lebanese traders were turned back at the border.",
    );
    expect(entityNamed(doc, "Jordan")).toBeUndefined();
    expect(entityNamed(doc, "Lebanon")).toBeUndefined();
    expect(entityNamed(doc, "Rutba")).toBeDefined();
  });
});

describe("a river's name opening a lab's or a consultancy's name", () => {
  it("'Tigris Mapping Lab', 'Khabur Engineering Consultants' are bodies, not the rivers", () => {
    const doc = extract(
      "By Sara Nouri, Tigris Mapping Lab. Copy: Khabur Engineering Consultants, Hasakah. The bridge near Hasakah reopened.",
    );
    expect(entityNamed(doc, "Tigris Mapping Lab")?.type).toBe("organization");
    expect(entityNamed(doc, "Khabur Engineering Consultants")?.type).toBe("organization");
    expect(entityNamed(doc, "Tigris")).toBeUndefined();
  });
});

describe("lower-case bodies named by their seat or sector", () => {
  it("'the town's security committee' is a body", () => {
    const doc = extract(
      "Since March, the town has seen four bombings, according to the city's security committee.",
    );
    expect(entityNamed(doc, "city's security committee")?.type).toBe("organization");
  });

  it("'the shelter cluster' is the sector's coordination body", () => {
    const doc = extract("About 900 tents were sent to Raqqa last month, according to the shelter cluster.");
    expect(entityNamed(doc, "shelter cluster")?.type).toBe("organization");
  });
});
