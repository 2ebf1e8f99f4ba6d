import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** Markets, "Without Borders" NGOs, congressional titles and people named once, on made-up text. */

describe("a market named by its country", () => {
  it("'<Country> Stock Exchange' is one organization, not the country and a bare 'Stock Exchange'", () => {
    const doc = extract(
      "The firm told the Jordan Stock Exchange on Monday that its plant in Zarqa had closed.",
    );
    expect(entityNamed(doc, "Jordan Stock Exchange")?.type).toBe("organization");
    expect(entityNamed(doc, "Jordan")).toBeUndefined();
  });
  it("a country before a lone 'Exchange' stays the country", () => {
    const doc = extract("Dinar prices at Syria Exchange offices rose on Monday.");
    expect(doc.entities.some((e) => e.name.includes("Exchange"))).toBe(false);
  });
});

describe("'<members> Without Borders'", () => {
  it("names an NGO, even when its first word is a judge's title", () => {
    const doc = extract(
      "The family spoke to Justice Without Borders last week. Since then, Engineers Without Borders has sent two teams to Mosul.",
    );
    expect(entityNamed(doc, "Justice Without Borders")?.type).toBe("organization");
    expect(entityNamed(doc, "Engineers Without Borders")?.type).toBe("organization");
  });
});

describe("'Rep.' before a surname", () => {
  it("is a congressional title, not a place", () => {
    const doc = extract(
      "Please call Lena Park in Rep. Hollis's office or Tom Reyes in Rep. Abbott's office by Friday.",
    );
    expect(doc.entities.some((e) => e.name === "Rep")).toBe(false);
    expect(entityNamed(doc, "Lena Park")?.type).toBe("person");
  });
});

describe("a person named once by a given name", () => {
  it("'a <noun> named X' and 'a <noun>, X,' name the person the noun describes", () => {
    const doc = extract(
      "Near the river, a crane operator named Walid lost his hand. A schoolteacher, Huda, showed me the ward.",
    );
    expect(entityNamed(doc, "Walid")?.type).toBe("person");
    expect(entityNamed(doc, "Huda")?.type).toBe("person");
  });
  it("a place's noun before 'called' keeps the name a place's", () => {
    const doc = extract("We stopped at a village called Ali on the way to Mosul.");
    expect(entityNamed(doc, "Ali")?.type).not.toBe("person");
  });
  it("'Yunis' is a given name, spelled as 'Younis' and 'Yunus' are", () => {
    const doc = extract("The wells burned for months. Yunis Hamad al-Jaburi, a firefighter, put them out.");
    expect(entityNamed(doc, "Yunis Hamad al-Jaburi")?.type).toBe("person");
  });
  it("'Hajj' after a given name stays inside the name ('Omar Hajj Yusuf'), before a lone given name it is kept as the golds write it", () => {
    const doc = extract(
      "A trader, Omar Hajj Yusuf, said the market in Manbij was shut. Hajj Salim said he left.",
    );
    expect(entityNamed(doc, "Omar Hajj Yusuf")?.type).toBe("person");
    expect(entityNamed(doc, "Yusuf")).toBeUndefined();
    // The honorific stays before a lone given name ("Hajji Farhan"), as every annotated set
    // writes such a person; the name still joins the person's full name where one is given.
    expect(entityNamed(doc, "Hajj Salim")?.type).toBe("person");
  });
});
