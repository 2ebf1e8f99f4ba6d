import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** Session 31: commands, surnames spelled as towns, question headings, on made-up text. */

describe("a regional military command named '<area> Operations'", () => {
  it("'Samarra Operations' without 'Command' is a body, not the town", () => {
    const doc = extract(
      "The panel will question the commander of Anbar Operations on Sunday about the raid.",
    );
    expect(entityNamed(doc, "Anbar Operations")?.type).toBe("organization");
    expect(entityNamed(doc, "Anbar")).toBeUndefined();
  });

  it("a capitalised word after 'Operations' leaves the name to the body heads ('Command')", () => {
    const doc = extract("A spokesman for Diyala Operations Command said two rockets fell near a base.");
    expect(entityNamed(doc, "Diyala Operations Command")?.type).toBe("organization");
  });

  it("lower-case 'operations' after a town is no body", () => {
    const doc = extract("He said Mosul operations were slowed by rain.");
    expect(doc.entities.filter((e) => e.type === "organization")).toHaveLength(0);
  });
});

describe("a given name and a town's spelling", () => {
  it("'Rana Kassab' is a woman whose family name is spelled as the town of Kessab", () => {
    const doc = extract(
      "The editor said the interview was cut. The producer, Rana Kassab, said it ran long.",
    );
    expect(entityNamed(doc, "Rana Kassab")?.type).toBe("person");
    expect(doc.entities.filter((e) => e.type === "place")).toHaveLength(0);
  });

  it("the town alone after a preposition stays the town", () => {
    const doc = extract("Shelling hit Kessab on Monday, residents said.");
    expect(entityNamed(doc, "Kessab")?.type).toBe("place");
  });
});

describe("a question heading in capitals", () => {
  it("'WHO IS BEHIND IT' asks, and names no health body", () => {
    const doc = extract("Gunmen fired on a bus.\n\nWHO IS BEHIND IT\n\nNo group has claimed the attack.");
    expect(entityNamed(doc, "World Health Organization")).toBeUndefined();
  });

  it("'WHO CONDEMNS ATTACK' still names the World Health Organization", () => {
    const doc = extract(
      "Gunmen fired on a clinic.\n\nWHO CONDEMNS ATTACK\n\nThe agency said two nurses were hurt.",
    );
    expect(entityNamed(doc, "World Health Organization")?.type).toBe("organization");
  });
});

describe("gazetteer additions", () => {
  it("Dujail, a Salah al-Din town named once after 'in'", () => {
    const doc = extract("Two men were arrested on Sunday in Dujail in connection with the attack.");
    expect(entityNamed(doc, "Dujail")?.type).toBe("place");
  });

  it("'Popular Mobilisation' without 'Forces' is the PMF", () => {
    const doc = extract("There were 12 attacks on army and Popular Mobilisation posts in the area.");
    expect(entityNamed(doc, "Popular Mobilization Forces")?.aliases).toContain("Popular Mobilisation");
  });
});

describe("a body's remit after 'for the'", () => {
  it("'General Company for the Port of Latakia' is one body, not a company and a port", () => {
    const doc = extract(
      "The General Company for the Port of Latakia said in a statement that the fire was out.",
    );
    expect(entityNamed(doc, "General Company for the Port of Latakia")?.type).toBe("organization");
    expect(entityNamed(doc, "General Company")).toBeUndefined();
  });

  it("where a preposition and a capitalised word follow, only the body's noun is sure", () => {
    const doc = extract("The Higher Committee for the Return of Families from Roj Camp met on Sunday.");
    expect(entityNamed(doc, "Higher Committee")?.type).toBe("organization");
  });

  it("a force thanked 'for the' raid keeps its own name", () => {
    const doc = extract("The governor thanked the Federal Police for the Mosul raid.");
    expect(doc.entities.map((e) => e.name)).not.toContain("Federal Police for the Mosul");
  });
});

describe("the field of an office", () => {
  it("'Head of War Risks, Ms X': the field's last word is no person", () => {
    const doc = extract("Our Head of Marine Claims, Ms Helen Brandt, writes that the rates will rise.");
    expect(doc.entities.filter((e) => e.type === "person").map((e) => e.name)).toEqual(["Helen Brandt"]);
  });
});

describe("a person named by initials", () => {
  it("'R.A.S., 24,' is a person wherever the initials stand, an age showing it", () => {
    const doc = extract(
      "Detainee: R.A.S., 24, of Hawija (initials used at his family's request). R.A.S. was held for 40 days. The judge asked R.A.S. twice.",
    );
    const person = entityNamed(doc, "R.A.S.");
    expect(person?.type).toBe("person");
    expect(person?.mentions).toHaveLength(3);
  });

  it("dotted initials given no age name no one", () => {
    const doc = extract("The report was sent to T.R.K. on Monday, the office said.");
    expect(entityNamed(doc, "T.R.K.")).toBeUndefined();
  });
});
