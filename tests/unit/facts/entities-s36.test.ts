import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** Companies and clubs named after a river or a town, titles and fields that name no one; made-up text. */

const names = (text: string) => extract(text).entities.map((e) => e.name);

describe("a company or a club named after a known place", () => {
  it("'Tigris Crown Developments' is a company, not the river", () => {
    const doc = extract(
      "MOSUL — Tigris Crown Developments today announced that sales will resume on Saturday.",
    );
    expect(entityNamed(doc, "Tigris Crown Developments")?.type).toBe("organization");
    expect(doc.entities.some((e) => e.name === "Tigris")).toBe(false);
  });
  it("'Tadmur Sports Club' and 'Nineveh Star Holdings' are bodies, not Palmyra or Nineveh", () => {
    const doc = extract(
      "The match between Tadmur Sports Club and its visitors was called off. Nineveh Star Holdings paid for the pitch.",
    );
    expect(entityNamed(doc, "Tadmur Sports Club")?.type).toBe("organization");
    expect(entityNamed(doc, "Nineveh Star Holdings")?.type).toBe("organization");
    expect(doc.entities.some((e) => e.name === "Palmyra" || e.name === "Nineveh")).toBe(false);
  });
  it("a place in a sentence stays the place", () => {
    expect(names("Fighting was reported in Mosul on Friday.")).toContain("Mosul");
  });
  it("two companies joined by 'and' stay two", () => {
    const found = names("The field, operated by Dana Gas and Pearl Petroleum, was hit again.");
    expect(found).toContain("Dana Gas");
    expect(found).toContain("Pearl Petroleum");
  });
});

describe("letterheads with a possessive in the body's name", () => {
  it("'KHABUR CHILDREN'S FUND' is the charity, not the Khabur river", () => {
    const doc = extract("KHABUR CHILDREN'S FUND\n\nDear Friend,\n\nWe write to you from Hasakah today.");
    expect(doc.entities.some((e) => e.type === "organization" && /children's fund/i.test(e.name))).toBe(true);
    expect(doc.entities.some((e) => e.name === "Khabur River")).toBe(false);
  });
  it("'TIGRIS BIRDERS' CIRCLE · TRIP REPORTS' is a club, not the river", () => {
    const doc = extract("TIGRIS BIRDERS' CIRCLE · TRIP REPORTS\n\nSeven of us went to the lake on Friday.");
    expect(doc.entities.some((e) => e.type === "organization" && /birders' circle/i.test(e.name))).toBe(true);
    expect(doc.entities.some((e) => e.name === "Tigris")).toBe(false);
  });
});

describe("titles, portfolios and fields that name no entity", () => {
  it("a signature's 'Chief Executive' is no person", () => {
    const found = names(
      "Thank you.\n\nWith gratitude,\n\nMargaret Ellison\nChief Executive\n\nP.S. Write soon.",
    );
    expect(found).toContain("Margaret Ellison");
    expect(found).not.toContain("Executive");
  });
  it("the field after 'Lecturer in' is neither a body nor a place", () => {
    const found = names(
      "The report was written by Dr Leila Haddad-Moore, Senior Lecturer in Middle East Security, in May.",
    );
    expect(found).toContain("Leila Haddad-Moore");
    expect(found).not.toContain("Middle East Security");
    expect(found).not.toContain("Middle East");
  });
  it("a body after 'Lecturer in Law at' is still named", () => {
    expect(names("She is a Lecturer in Law at Leeds University.")).toContain("Leeds University");
  });
  it("'the Secretary of State for the Home Department' names no department", () => {
    const found = names(
      "Between AB (Appellant) and the Secretary of State for the Home Department (Respondent).",
    );
    expect(found).not.toContain("Home Department");
  });
  it("'Grandma's' is no place", () => {
    const found = names("\"She asked me, 'Is Iraq near Grandma's?' I said yes,\" he writes from Erbil.");
    expect(found).not.toContain("Grandma");
    expect(found).toContain("Erbil");
  });
});

describe("ranks and units", () => {
  it("'Private Mustafa Hamid' is a private's name", () => {
    const doc = extract("The third, Private Mustafa Hamid of the 8th Brigade, is twenty and had never read.");
    expect(entityNamed(doc, "Mustafa Hamid")?.type).toBe("person");
  });
  it("'Private' before common words is no rank", () => {
    expect(names("Private Security Teams were seen near the gate in Basra.")).not.toContain("Security Teams");
  });
  it("a numbered regiment is an organization", () => {
    const doc = extract(
      "Lieutenant Omar Saad al-Rawi, an officer of the 2nd Border Guard Regiment at the Husaybah crossing, married on Thursday.",
    );
    expect(entityNamed(doc, "2nd Border Guard Regiment")?.type).toBe("organization");
  });
});

describe("gazetteer spellings", () => {
  it("'Dayr az-Zawr governorate' is Deir ez-Zor, not a place 'Zawr'", () => {
    const doc = extract("Knowledge of the tribes and the roads of Dayr az-Zawr governorate is required.");
    expect(entityNamed(doc, "Dayr az-Zawr")?.name).toBe("Deir ez-Zor");
    expect(doc.entities.some((e) => e.name === "Zawr")).toBe(false);
  });
  it("'the Rutba road' is Rutba, spelled with its road", () => {
    const doc = extract("Soldiers found a mortar tube near Rutba. A bomb hit the Rutba road on Sunday.");
    const rutba = entityNamed(doc, "Rutba");
    expect(rutba?.type).toBe("place");
    expect(entityNamed(doc, "Rutba road")).toBe(rutba);
  });
  it("a road between two towns is no road of the second town", () => {
    const doc = extract("Gunmen stopped a car on the Palmyra–Homs road near al-Furqlus.");
    expect(entityNamed(doc, "Homs road")).toBeUndefined();
  });
});

describe("people named like a town, and children named once", () => {
  it("a commenter 'Rawa Jabbar' opening a line is a person, not the town Rawa", () => {
    const doc = extract(
      "Great trip report, thanks.\nOmar Nassif · 10 Mar: Great trip.\nRawa Jabbar · 11 Mar: Count me in.",
    );
    expect(entityNamed(doc, "Rawa Jabbar")?.type).toBe("person");
    expect(doc.entities.some((e) => e.name === "Rawa")).toBe(false);
  });
  it("the town inside a sentence stays the town", () => {
    expect(entityNamed(extract("The wedding was held in Rawa on Thursday."), "Rawa")?.type).toBe("place");
  });
  it("'the boy from the burned tent, Ahmad, asked' names the boy", () => {
    const doc = extract(
      "Dilovan tells me that the boy from the burned tent, Ahmad, asked him on Monday for a pencil.",
    );
    expect(entityNamed(doc, "Ahmad")?.type).toBe("person");
  });
  it("a place set off by commas after 'the city of' is no person", () => {
    const doc = extract("In the city of the dead, Hama, it rained all week.");
    expect(entityNamed(doc, "Hama")?.type).toBe("place");
  });
});
