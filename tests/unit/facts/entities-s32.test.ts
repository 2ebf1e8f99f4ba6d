import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** Session 32: names of quarters, missions, policies, courtesy titles and ranks, on made-up text. */

describe("'the Old City', a historic quarter", () => {
  it("keeps 'Old' in the quarter's name", () => {
    const doc = extract("Snipers held the Old City for weeks. He went back to the Old City in March.");
    expect(entityNamed(doc, "Old City")?.type).toBe("place");
    expect(entityNamed(doc, "City")).toBeUndefined();
  });

  it("'Old' before a town's name is still no part of it", () => {
    const doc = extract("Old Tikrit hands say the market reopened in Tikrit on Monday.");
    expect(entityNamed(doc, "Old Tikrit")).toBeUndefined();
    expect(entityNamed(doc, "Tikrit")?.type).toBe("place");
  });
});

describe("a compass point before a facility's noun", () => {
  it("'Basra North and South ports' are parts of the site, not two sites", () => {
    const doc = extract(
      "The inspector met the Director of Faw North and South ports, Colonel Hamid Rashid, in Basra.",
    );
    expect(entityNamed(doc, "North")).toBeUndefined();
    expect(entityNamed(doc, "South")).toBeUndefined();
    expect(entityNamed(doc, "Hamid Rashid")?.type).toBe("person");
  });
});

describe("a mission named for the country it works in", () => {
  it("'X Mission in Iraq (XM Iraq)' is one body whose short name is the bracket", () => {
    const doc = extract(
      "The head of the European Union Advisory Mission in Iraq (EUAM Iraq), Ambassador Lena Berg, visited the port on Monday.",
    );
    const mission = entityNamed(doc, "European Union Advisory Mission in Iraq");
    expect(mission?.type).toBe("organization");
    expect(mission?.aliases).toContain("EUAM Iraq");
    expect(entityNamed(doc, "European Union Advisory Mission")).toBeUndefined();
  });

  it("'in' with no acronym to spell still ends a body's name", () => {
    const doc = extract("The Red Cross in Iraq said on Monday that two clinics had closed.");
    expect(entityNamed(doc, "Red Cross in Iraq")).toBeUndefined();
  });
});

describe("a policy's name", () => {
  it("'Common Security and Defence Policy' names no body", () => {
    const doc = extract(
      "The mission works under the EU's Common Security and Defence Policy, its head said.",
    );
    expect(entityNamed(doc, "Common Security and Defence")).toBeUndefined();
    expect(doc.entities.filter((e) => e.type === "organization").map((e) => e.name)).toEqual([
      "European Union",
    ]);
  });

  it("'National Security Strategy' names no body either", () => {
    const doc = extract("Iraq's National Security Strategy was published on Monday.");
    expect(entityNamed(doc, "National Security Strategy")).toBeUndefined();
  });
});

describe("a Kurdish courtesy title", () => {
  it("'Kak Dilshad' listed with his nephew is a man known by the title and his given name", () => {
    const doc = extract("We walked to the valley with Kak Dilshad and his nephew on Wednesday.");
    expect(entityNamed(doc, "Kak Dilshad")?.type).toBe("person");
  });

  it("'Mam Jalal' in apposition to a role", () => {
    const doc = extract("We walked with a local guide, Mam Jalal, and his two sons.");
    expect(entityNamed(doc, "Mam Jalal")?.type).toBe("person");
  });
});

describe("a police rank before a name", () => {
  it("'Policeman Ali Kamil' is Ali Kamil, listed after a sergeant", () => {
    const doc = extract(
      "Two policemen, Sergeant Omar Hadi and Policeman Ali Kamil, were killed on Saturday.",
    );
    expect(entityNamed(doc, "Ali Kamil")?.type).toBe("person");
    expect(entityNamed(doc, "Omar Hadi")?.type).toBe("person");
  });
});

describe("given names of the region", () => {
  it("'Maysoon' opens a woman's name after 'by'", () => {
    const doc = extract("The page was set up by Maysoon Hamid on Monday for her cousin.");
    expect(entityNamed(doc, "Maysoon Hamid")?.type).toBe("person");
  });
});

describe("the Iraqi migration ministry's own English name", () => {
  it("'Ministry of Migration and Displaced' is the ministry, under its lexicon name", () => {
    const doc = extract("About 900 families remain, according to the Ministry of Migration and Displaced.");
    const ministry = entityNamed(doc, "Ministry of Migration and Displaced");
    expect(ministry?.name).toBe("Ministry of Migration and Displacement");
    expect(doc.entities.filter((e) => e.type === "organization")).toHaveLength(1);
  });
});

describe("a known range written with a landform noun", () => {
  it("'the Hamrin hills' is the Hamrin range, spelled as the article spells it", () => {
    const doc = extract("Troops searched the Hamrin hills on Thursday after a raid on a village.");
    const range = entityNamed(doc, "Hamrin hills");
    expect(range?.type).toBe("place");
    expect(range?.aliases).toContain("Hamrin");
    expect(doc.entities.filter((e) => e.type === "place")).toHaveLength(1);
  });

  it("a landform noun after a town is not taken in", () => {
    const doc = extract("Farmers near Kirkuk said the plains were burning.");
    expect(entityNamed(doc, "Kirkuk")?.aliases ?? []).not.toContain("Kirkuk plains");
  });
});
