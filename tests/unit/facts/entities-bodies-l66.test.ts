import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** Bodies named by a noun the word lists lacked, and sites named by their museum, on made-up text. */

describe("a body's noun written as a compound with 'General'", () => {
  it("'Directorate-General of X' is an organization, not a general's name", () => {
    const doc = extract(
      "According to the Directorate-General of Water Resources, the pumping station stopped at noon.",
    );
    expect(entityNamed(doc, "Directorate-General of Water Resources")?.type).toBe("organization");
  });

  it("at the start of a sentence too", () => {
    const doc = extract("The Secretariat-General for Border Crossings said the gate would reopen.");
    expect(entityNamed(doc, "Secretariat-General for Border Crossings")?.type).toBe("organization");
  });
});

describe("a board", () => {
  it("a named state board with its remit is an organization", () => {
    const doc = extract(
      "Experts of the National Board of Archives and Records inspected the damaged shelves.",
    );
    expect(entityNamed(doc, "National Board of Archives and Records")?.type).toBe("organization");
  });

  it("the Board of Directors every club has is no name", () => {
    const doc = extract("The Board of Directors of the Euphrates Rowing Club met on Monday.");
    expect(entityNamed(doc, "Board of Directors")).toBeUndefined();
  });
});

describe("a museum", () => {
  it("'the X Museum' is a site", () => {
    const doc = extract("Thieves forced a side door of the Deir ez-Zor Museum overnight.");
    expect(entityNamed(doc, "Deir ez-Zor Museum")?.type).toBe("facility");
  });
});

describe("an ancient city of the gazetteer", () => {
  it("Apamea and its local spelling are one place in Syria", () => {
    const doc = extract("Looters dug at Afamia again, a guard at Apamea said.");
    expect(entityNamed(doc, "Apamea")?.type).toBe("place");
  });
});

describe("a basin's body named for its two rivers", () => {
  it("'X and Y <body noun>' after a river is one body, not two rivers and a stray name", () => {
    const doc = extract(
      "Engineers said Tigris and Diyala Irrigation Authority crews cut the canal's flow on Sunday.",
    );
    expect(entityNamed(doc, "Tigris and Diyala Irrigation Authority")?.type).toBe("organization");
  });

  it("two towns before a body's noun stay a list", () => {
    const doc = extract("Shelling hit Raqqa and Tabqa Civil Council offices overnight.");
    expect(entityNamed(doc, "Raqqa")?.type).toBe("place");
  });
});

describe("a hotel group's letterhead", () => {
  it("a named group of hotels heading its bulletin is an organization", () => {
    const doc = extract(
      "ZAGROS PEARL HOTELS\nWeekly Security Note No. 3\n\nNo incident touched our properties this week.",
    );
    expect(entityNamed(doc, "ZAGROS PEARL HOTELS")?.type).toBe("organization");
  });
});
