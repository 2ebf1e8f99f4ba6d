import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** Names of shop notices and newsletters: given names, spellings in brackets, bodies' parts; made-up text. */

const persons = (text: string) =>
  extract(text)
    .entities.filter((e) => e.type === "person")
    .map((e) => e.name);

describe("given names of the region", () => {
  it("Kurdish, Assyrian and Turkmen given names open a person's name", () => {
    expect(persons("Gulizar Hamad has chaired the cooperative since 2019, the paper said.")).toContain(
      "Gulizar Hamad",
    );
    expect(persons("Yesterday Sargon Khoshaba and Turhan Bayati met the mayor.")).toEqual(
      expect.arrayContaining(["Sargon Khoshaba", "Turhan Bayati"]),
    );
  });
  it("a given name alone that a possessive noun phrase introduces is a person", () => {
    const doc = extract("Our cashier, Hiba, wrote the rule on this card herself.");
    expect(entityNamed(doc, "Hiba")?.type).toBe("person");
  });
  it("a place's noun after the possessive makes no person", () => {
    const doc = extract("Our street, Hiba, was closed on Friday.");
    expect(entityNamed(doc, "Hiba")?.type).not.toBe("person");
  });
  it("a given name alone with an age, or as the subject of a past verb, is a person", () => {
    expect(entityNamed(extract("Danyar is 13. He plays in goal."), "Danyar")?.type).toBe("person");
    expect(
      entityNamed(extract("And in the silence Danyar asked me whether we had won."), "Danyar")?.type,
    ).toBe("person");
  });
  it("a noun after a name that folds to a given name is no verb of his", () => {
    const doc = extract("Antiquities from a Private Collection\n\nSale date: Thursday 25 June 2026");
    expect(doc.entities.some((e) => e.name === "Sale")).toBe(false);
    const fares = extract("Fares are unchanged: 8,000 dinars to Tal Afar.");
    expect(fares.entities.some((e) => e.name === "Fares")).toBe(false);
  });
});

describe("a person's other spelling in brackets", () => {
  it("a spelling and where it is written, in brackets, is the same person", () => {
    const doc = extract(
      "Ashur Yaqub (Ashour Yacoub on his ID card) has fixed tyres here since 2011. Ashur says the road is worse.",
    );
    const people = doc.entities.filter((e) => e.type === "person");
    expect(people).toHaveLength(1);
    expect(people[0]?.aliases).toContain("Ashour Yacoub");
  });
  it("the Arabic press's spelling joins the Kurdish one", () => {
    const doc = extract(
      "The spokeswoman, Nesrîn Ebdo (Nisreen Abdo in the Arabic press), said the car came from the west.",
    );
    expect(doc.entities.filter((e) => e.type === "person")).toHaveLength(1);
  });
  it("a relation in brackets names someone else", () => {
    const doc = extract(
      "Hemin Faraj runs the shop. Karwan Bedros (Hemin Faraj's cousin) said the glass came in at night.",
    );
    const people = doc.entities.filter((e) => e.type === "person").map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(["Hemin Faraj", "Karwan Bedros"]));
  });
  it("a nationality's papers make no place of the country", () => {
    const doc = extract(
      "Hajji Bozan Berkel (Bozan Barakat on his Syrian papers) has cut glass in Kobani since 2014.",
    );
    expect(doc.entities.some((e) => e.name === "Syria")).toBe(false);
    expect(doc.entities.filter((e) => e.type === "person")).toHaveLength(1);
  });
});

describe("a body's part", () => {
  it("an office of a known body is named in full", () => {
    const doc = extract(
      "Licensed by the Economic Office of the Autonomous Administration · licence 118\n\nThe office said on Monday that transfers were open.",
    );
    const office = doc.entities.find((e) => e.name === "Economic Office");
    expect(office?.aliases).toContain("Economic Office of the Autonomous Administration");
  });
});

describe("roads, stretches and waters", () => {
  it("a road's code on a shouted letterhead's road names the road elsewhere", () => {
    const doc = extract(
      "ASHUR TYRES · PUNCTURES · M4 ROAD, WEST EXIT OF TAL TAMR\n\nDo not drive the M4 east of Tal Baz after dark.",
    );
    expect(entityNamed(doc, "M4")?.type).toBe("place");
  });
  it("a code before a capitalised Highway is a road", () => {
    const doc = extract("Two trucks were stopped on the K7 Highway. Drivers said the K7 was empty at night.");
    expect(entityNamed(doc, "K7")?.type).toBe("place");
  });
  it("the far end of a stretch between two points is a place, not a kunya's man", () => {
    const doc = extract(
      "A family drove over spikes near Tal Baz, between here and Abu Rasin. Nine robberies were reported between Tal Tamr and Abu Rasin.",
    );
    expect(entityNamed(doc, "Abu Rasin")?.type).toBe("place");
  });
  it("a kunya after 'and' with no stretch before it is still a man", () => {
    const doc = extract("The mayor and Abu Hisham said the shop would reopen.");
    expect(entityNamed(doc, "Abu Hisham")?.type).toBe("person");
  });
  it("a place listed after 'and the' with a known place is a place", () => {
    const doc = extract(
      "Gunmen took 60 sheep from flocks grazing between al-Mansoura and the Tabqa dam lake last week.",
    );
    expect(entityNamed(doc, "al-Mansoura")?.type).toBe("place");
    expect(entityNamed(doc, "Lake Assad")?.type).toBe("place");
    expect(doc.entities.some((e) => e.name === "Tabqa Dam")).toBe(false);
  });
  it("the Sutoro is an Assyrian force of north-east Syria", () => {
    const doc = extract("Yesterday the Asayish and the Sutoro arrested three men on the Khabur river.");
    expect(entityNamed(doc, "Sutoro")?.type).toBe("organization");
  });
});

describe("addresses and unnamed bodies of a town", () => {
  it("a shop letterhead's quarter before the town is a place", () => {
    const doc = extract(
      "SALON AL-ASDIQA · MEN'S BARBER · SARAI QUARTER, TAL AFAR\n\nWe open at nine on Thursday.",
    );
    expect(doc.entities.find((e) => /sarai quarter/i.test(e.name))?.type).toBe("place");
  });
  it("a counted neighbourhood is no quarter's name", () => {
    const doc = extract("BUTCHER · LAMB, VEAL · AL-THAWRA (TABQA), SECOND NEIGHBOURHOOD\n\nOrders open.");
    expect(doc.entities.some((e) => /second neighbourhood/i.test(e.name))).toBe(false);
  });
  it("a kind of quarter the text writes in lower case is no quarter's name", () => {
    const doc = extract(
      "HADDAD ABU KARAR · IRON GATES · INDUSTRIAL QUARTER, TUZ KHURMATU\n\nThe colonel came to the industrial quarter on Monday.",
    );
    expect(doc.entities.some((e) => /industrial quarter/i.test(e.name))).toBe(false);
  });
  it("the second end of a road's stretch is a place", () => {
    const doc = extract("A truck was stopped on the road between al-Ashara and al-Quriyah by armed men.");
    expect(entityNamed(doc, "al-Quriyah")?.type).toBe("place");
  });
  it("the town's municipality that speaks or acts is a body", () => {
    const doc = extract(
      "The co-chair of the municipality, Hêvî Mistefa, said on Monday that the municipality would pay for the glass. According to the municipality, 212 homes lost windows.",
    );
    const body = doc.entities.find((e) => e.name === "municipality");
    expect(body?.type).toBe("organization");
    expect(body?.mentions).toHaveLength(3);
  });
  it("a meeting in the municipality makes no body of it", () => {
    const doc = extract(
      "He told butchers at a meeting in the municipality this morning that prices were fixed.",
    );
    expect(doc.entities.some((e) => e.name === "municipality")).toBe(false);
  });
});
