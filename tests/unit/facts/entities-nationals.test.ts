import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** A country named only by its people's nationality is no place of the story, on made-up text. */

describe("a nationality's plural noun", () => {
  it("'1.1 million Iraqis' names people, not the country", () => {
    const doc = extract("About 1.1 million Iraqis are still displaced, the ministry in Erbil said.");
    expect(entityNamed(doc, "Iraq")).toBeUndefined();
    expect(entityNamed(doc, "Erbil")).toBeDefined();
  });

  it("'the Americans' as one side keeps the country", () => {
    const doc = extract("Who will guard the prisons in Hasakah when the Americans have gone?");
    expect(entityNamed(doc, "United States")).toBeDefined();
  });

  it("the adjective before a forces noun keeps the country", () => {
    const doc = extract("Syrian forces shelled the town of Tadef on Monday.");
    expect(entityNamed(doc, "Syria")).toBeDefined();
  });
});

describe("a nationality before a person noun", () => {
  it("'Syrian children', 'British suspects' are nationals, no country", () => {
    const doc = extract(
      "They are Syrian children without papers. The minister refused the transfer of British suspects to Baghdad.",
    );
    expect(entityNamed(doc, "Syria")).toBeUndefined();
    expect(entityNamed(doc, "United Kingdom")).toBeUndefined();
    expect(entityNamed(doc, "Baghdad")).toBeDefined();
  });
});

describe("a place opening a publication's name", () => {
  it("'THE TIGRIS TIMES', 'IRAQ PRESS REVIEW' name no place", () => {
    const doc = extract("THE TIGRIS TIMES · IRAQ PRESS REVIEW\n\nSir, the road from Raqqa is not safe.");
    expect(entityNamed(doc, "Tigris")).toBeUndefined();
    expect(entityNamed(doc, "Iraq")).toBeUndefined();
    expect(entityNamed(doc, "Raqqa")).toBeDefined();
  });

  it("a river before its own head noun stays a place", () => {
    const doc = extract("Water in the Tigris River fell near Mosul.");
    expect(entityNamed(doc, "Tigris")?.type).toBe("place");
  });
});

describe("a nisba of a country's adjective", () => {
  it("'Abu Maryam al-Iraqi' is one man's name and no mention of Iraq", () => {
    const doc = extract("He is known by the kunya Abu Hafs al-Iraqi, officials in Erbil said.");
    expect(entityNamed(doc, "Abu Hafs al-Iraqi")?.type).toBe("person");
    expect(entityNamed(doc, "Iraq")).toBeUndefined();
  });

  it("the adjective before a noun still names the country", () => {
    const doc = extract("Abu Hafs crossed into Syria with Syrian forces behind him.");
    expect(entityNamed(doc, "Syria")).toBeDefined();
  });
});
