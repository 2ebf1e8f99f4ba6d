import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** A country named only by its people's nationality is no place of the story, on made-up text. */

const keptAside = (doc: ReturnType<typeof extract>, name: string) =>
  doc.asides?.some((e) => e.name === name) === true;

describe("a nationality's plural noun", () => {
  it("'1.1 million Iraqis' names people, not the country", () => {
    const doc = extract("About 1.1 million Iraqis are still displaced, the ministry in Erbil said.");
    expect(entityNamed(doc, "Iraq")).toBeUndefined();
    expect(entityNamed(doc, "Erbil")).toBeDefined();
  });

  // ANNOTATION.md rule 1: a nationality's noun is no entity of the article; the country is
  // kept aside as the side the sentence reads.
  it("'the Americans' as one side keeps the country aside", () => {
    const doc = extract("Who will guard the prisons in Hasakah when the Americans have gone?");
    expect(entityNamed(doc, "United States")).toBeUndefined();
    expect(keptAside(doc, "United States")).toBe(true);
  });

  // The entity convention (tests/fixtures/ANNOTATION.md rule 1): a country written only as an
  // adjective is no entity of the article; it is kept aside, for the facts that read it.
  it("the adjective before a forces noun keeps the country aside, not listed", () => {
    const doc = extract("Syrian forces shelled the town of Tadef on Monday.");
    expect(entityNamed(doc, "Syria")).toBeUndefined();
    expect(doc.asides?.some((e) => e.name === "Syria")).toBe(true);
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

describe("nationalities listed with their own articles before a calling (s51fx)", () => {
  it("'a Danish and a Greek surveyor'-style lists before a calling name no country", () => {
    const doc = extract(
      "A Danish and a Greek engineer inspected the bridge at Qayyarah. An Austrian and a Czech photographer stayed in Mosul.",
    );
    expect(entityNamed(doc, "Denmark")).toBeUndefined();
    expect(entityNamed(doc, "Greece")).toBeUndefined();
    expect(entityNamed(doc, "Austria")).toBeUndefined();
    expect(entityNamed(doc, "Qayyarah")).toBeDefined();
  });

  it("'a French publisher' is a calling, no country; 'American advisers' stay the foreign forces", () => {
    const doc = extract(
      "A French publisher will print the diary of the siege of Tal Afar. American advisers left the base at Harir on Monday.",
    );
    expect(entityNamed(doc, "France")).toBeUndefined();
    // ANNOTATION.md rule 1: "American advisers" is adjectival; the country stays aside for the
    // foreign forces' reading, not listed.
    expect(entityNamed(doc, "United States")).toBeUndefined();
    expect(keptAside(doc, "United States")).toBe(true);
    expect(entityNamed(doc, "Tal Afar")).toBeDefined();
  });

  it("a list of nationals keeps the reading it had: 'a Swede and a Norwegian national'", () => {
    const doc = extract(
      "Two men – a Lebanese and a Tunisian national – were arrested at the Rabia crossing.",
    );
    // ANNOTATION.md rule 1: a nationality is no entity; the reading is kept aside.
    expect(entityNamed(doc, "Lebanon")).toBeUndefined();
    expect(keptAside(doc, "Lebanon")).toBe(true);
  });
});

describe("an abbreviated country before a unit or a clock (s51fx)", () => {
  it("'40 US cents', '19:00 UK time', 'a UK taxpayer' name no country", () => {
    const doc = extract(
      "Bread in Hit costs about 40 US cents a loaf. The call starts at 19:00 UK time. I am a UK taxpayer and live in Leeds.",
    );
    expect(entityNamed(doc, "United States")).toBeUndefined();
    expect(entityNamed(doc, "United Kingdom")).toBeUndefined();
    expect(entityNamed(doc, "Hit")).toBeDefined();
  });

  // ANNOTATION.md rule 1 ("a US defence official"): not listed, but kept aside for the speaker.
  it("'a US official' still speaks for the country, kept aside", () => {
    const doc = extract("A US official said the convoy near Hasakah was not hit.");
    expect(entityNamed(doc, "United States")).toBeUndefined();
    expect(keptAside(doc, "United States")).toBe(true);
  });

  it("'cars with Lebanese or Jordanian plates' name no country", () => {
    const doc = extract("Cars with Lebanese or Jordanian plates must stop at the checkpoint outside Rutba.");
    expect(entityNamed(doc, "Lebanon")).toBeUndefined();
    expect(entityNamed(doc, "Jordan")).toBeUndefined();
  });
});
