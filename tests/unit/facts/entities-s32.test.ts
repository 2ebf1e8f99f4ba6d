import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** Session 32: names of quarters, missions, policies, courtesy titles and ranks, on made-up text. */

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
