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
