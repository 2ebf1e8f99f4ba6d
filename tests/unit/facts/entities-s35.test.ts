import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** Trusts and inspectorates, Assyrian sites by their modern and ancient names; made-up text. */

describe("bodies named '... Trust' and '... Inspectorate'", () => {
  it("a capitalised name ending in 'Trust' is an organization", () => {
    const doc = extract(
      "Donations to the Hawija Widows Trust rose in 2025.\n\nWith gratitude,\n\nDr Samir Haddad\nDirector, Tal Afar Orphans' Trust\nDuhok, October 2026",
    );
    expect(entityNamed(doc, "Hawija Widows Trust")?.type).toBe("organization");
    expect(entityNamed(doc, "Tal Afar Orphans' Trust")?.type).toBe("organization");
  });
  it("a capitalised name ending in 'Inspectorate' is an organization", () => {
    const doc = extract("The survey was carried out with the Anbar Heritage Inspectorate in May.");
    expect(entityNamed(doc, "Anbar Heritage Inspectorate")?.type).toBe("organization");
  });
  it("a lone 'the Trust' names no entity", () => {
    const doc = extract("Our staff have been with the Trust since it opened in Duhok.");
    expect(doc.entities.some((e) => e.name === "Trust")).toBe(false);
  });
});

describe("Assyrian sites of the Nineveh plain", () => {
  it("'Nimrud (Kalhu)' is one place with its ancient name as an alias", () => {
    const doc = extract("Nimrud (Kalhu), 9th century BC. Taken from a storeroom in Nimrud in 2015.");
    const nimrud = entityNamed(doc, "Nimrud");
    expect(nimrud?.type).toBe("place");
    expect(entityNamed(doc, "Kalhu")).toBe(nimrud);
  });
  it("Balawat is a place, Imgur-Enlil its ancient name", () => {
    const doc = extract("The seal came from Balawat (Imgur-Enlil), near Mosul.");
    expect(entityNamed(doc, "Imgur-Enlil")?.name).toBe("Balawat");
  });
});

describe("an abbreviated title before a name a place is also spelled as", () => {
  it("'Eng. Dara Salih' and 'Dr Dara Salih' are a person, not Daraa", () => {
    const doc = extract("Checked: Eng. Dara Salih\n\nThe figures were agreed with Dr Dara Salih on Monday.");
    expect(entityNamed(doc, "Dara Salih")?.type).toBe("person");
    expect(doc.entities.some((e) => e.name === "Daraa")).toBe(false);
  });
  it("'in Dara' with no title stays the place", () => {
    const doc = extract("Two shells fell in Dara on Monday.");
    expect(entityNamed(doc, "Daraa")?.type).toBe("place");
  });
});

describe("'her name is ...'", () => {
  it("names the person the possessive stands for", () => {
    const doc = extract("Her name is Nazdar Qasim Khalaf, and she has asked me to thank you.");
    expect(entityNamed(doc, "Nazdar Qasim Khalaf")?.type).toBe("person");
  });
});

describe("a place's police named with its seat in lower case", () => {
  it("'the Shirqat police directorate' is one body, 'Shirqat police' another spelling of it", () => {
    const doc = extract(
      "According to the Shirqat police directorate, a watchman was killed. Shirqat police said two men were held.",
    );
    const body = entityNamed(doc, "Shirqat police directorate");
    expect(body?.type).toBe("organization");
    expect(entityNamed(doc, "Shirqat police")).toBe(body);
  });
  it("'the Kirkuk police command' after 'Kirkuk police' takes the fuller name", () => {
    const doc = extract(
      "Kirkuk police said on Monday that the Kirkuk police command would review the curfew.",
    );
    expect(entityNamed(doc, "Kirkuk police command")?.type).toBe("organization");
    expect(doc.entities.filter((e) => e.name.startsWith("Kirkuk police"))).toHaveLength(1);
  });
});

describe("'None' opening a sentence", () => {
  it("is a pronoun, not a body, after a sentence that ends in a body's noun", () => {
    const doc = extract(
      "We have a referral line with the UNICEF-supported child protection network. None of it is possible without you.",
    );
    expect(doc.entities.some((e) => e.name === "None")).toBe(false);
    expect(entityNamed(doc, "UNICEF")?.type).toBe("organization");
  });
});

describe("a place's court named by its jurisdiction in lower case", () => {
  it("'the Erbil investigation court' is a body of its own; Erbil keeps its mention", () => {
    const doc = extract("The Erbil investigation court is due to hear the case of four men on Sunday.");
    expect(entityNamed(doc, "Erbil investigation court")?.type).toBe("organization");
    expect(entityNamed(doc, "Erbil")?.type).toBe("place");
  });
  it("'the court in Ramadi' names no body", () => {
    const doc = extract("He was taken to the court in Ramadi on Monday.");
    expect(doc.entities.some((e) => e.type === "organization")).toBe(false);
  });
});

describe("Wadi al-Shay", () => {
  it("is a place in a scene line written in capitals as in running text", () => {
    const doc = extract(
      "SCENE 1 — EXT. WADI AL-SHAY, SOUTH-WEST OF KIRKUK — DAWN\n\nThe patrol drove into Wadi al-Shay at first light.",
    );
    expect(entityNamed(doc, "Wadi al-Shay")?.type).toBe("place");
    expect(doc.entities.some((e) => e.type === "person")).toBe(false);
  });
});
