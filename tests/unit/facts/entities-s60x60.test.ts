import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** Session 60 (x60) readings of entity precision, on texts written for these tests. */

describe("a place named only in the section label of a paper's head", () => {
  it("drops a region named only in 'World | Middle East' under the masthead", () => {
    const doc = extract(
      "THE DESERT COURIER\nWorld | Middle East\n\nBlast kills three in Syria's Manbij\n\nA car bomb killed three people in a market in Manbij on Sunday, local officials said.",
    );
    expect(entityNamed(doc, "Middle East")).toBeUndefined();
    expect(entityNamed(doc, "Manbij")).toBeDefined();
  });

  it("drops a country named only as the subsection of 'Arab World | Syria' over a story about one of its towns", () => {
    const doc = extract(
      "THE LEVANT LEDGER\nArab World | Syria\n\nGunmen kill a teacher in Nawa\n\nGunmen shot dead a teacher in Nawa on Tuesday evening, relatives said.",
    );
    expect(entityNamed(doc, "Syria")).toBeUndefined();
  });

  it("drops a region alone on the line between the masthead and the publication stamp", () => {
    const doc = extract(
      "RADIO ORIENT 7 · English\nMiddle East\nPublished on: 03/11/2026 - 10:15\n\nDrone strikes a car near Sinjar\n\nA drone struck a car near Sinjar on Monday, killing two men, local officials said.",
    );
    expect(entityNamed(doc, "Middle East")).toBeUndefined();
  });

  it("keeps a place the story names again in its body", () => {
    const doc = extract(
      "THE LEVANT LEDGER\nArab World | Syria\n\nGunmen kill a teacher in Nawa\n\nGunmen shot dead a teacher in Nawa on Tuesday evening. Syria said it would find them.",
    );
    expect(entityNamed(doc, "Syria")).toBeDefined();
  });

  it("keeps a place of a headline, which is no label", () => {
    const doc = extract(
      "THE DESERT COURIER\nBlast in Manbij\n\nA car bomb killed three people in a market on Sunday, local officials said.",
    );
    expect(entityNamed(doc, "Manbij")).toBeDefined();
  });
});

describe("a known body's name written after its country's adjective", () => {
  it("counts the name without the adjective among the body's spellings", () => {
    const doc = extract(
      "A bomb fixed to a Syrian General Security car exploded in Dana on Monday, wounding two officers, the interior ministry said.",
    );
    const body = entityNamed(doc, "General Security Service");
    expect(body?.aliases).toContain("General Security");
  });

  it("adds no spelling where the words after the adjective are no name the lexicon lists", () => {
    const doc = extract(
      "Fighters of the Syrian Democratic Forces detained two men in Shaddadi on Monday, a spokesman said.",
    );
    const body = entityNamed(doc, "Syrian Democratic Forces");
    expect(body).toBeDefined();
    expect(body?.aliases ?? []).not.toContain("Democratic Forces");
  });
});

describe("a numbered site named after a known place", () => {
  it("spells the place with the site's number and noun as the site's name", () => {
    const doc = extract("Gunmen fired on a crew bus near the Majnoon 3 field on Monday, police said.");
    const site = entityNamed(doc, "Majnoon");
    expect(site?.aliases).toContain("Majnoon 3");
    expect(site?.aliases).toContain("Majnoon 3 field");
  });

  it("adds nothing where the number after the place counts something else", () => {
    const doc = extract("Clashes near Majnoon 3 days ago killed a guard, police said.");
    const place = entityNamed(doc, "Majnoon");
    expect(place?.aliases ?? []).not.toContain("Majnoon 3");
  });
});

describe("a village whose name opens with a cleric's title", () => {
  it("reads 'Imam Gharbi' as the village, not a person called Gharbi", () => {
    const doc = extract(
      "Gunmen shot dead the headman of nearby Imam Gharbi on the road to Qayyarah on Sunday.",
    );
    expect(entityNamed(doc, "Imam Gharbi")?.type).toBe("place");
    expect(entityNamed(doc, "Gharbi")).toBeUndefined();
  });

  it("still reads a cleric's title before another name as a title", () => {
    const doc = extract("Imam Ali Gharbi led the prayers in Mosul on Friday.");
    expect(entityNamed(doc, "Imam Gharbi")).toBeUndefined();
  });
});

describe("a known body written after its country's possessive", () => {
  it("counts the words after the possessive among the body's spellings", () => {
    const doc = extract(
      "France's armed forces ministry said on Tuesday that none of its soldiers in Erbil had been hurt.",
    );
    expect(entityNamed(doc, "French Ministry of the Armed Forces")?.aliases).toContain(
      "armed forces ministry",
    );
  });

  it("adds nothing after the possessive of a place that is no country", () => {
    const doc = extract("Raqqa's civil council said on Tuesday that the market would reopen.");
    const all = doc.entities.flatMap((e) => e.aliases);
    expect(all).not.toContain("civil council");
  });
});
