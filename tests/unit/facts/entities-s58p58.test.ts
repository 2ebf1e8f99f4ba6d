import { describe, expect, it } from "vitest";
import { entityNamed, entityOrAside, extract } from "./helpers.js";

/** Session 58 (p58) readings of entity precision, on sentences written for these tests. */

describe("a country named only in ways that name no place or party, for different reasons", () => {
  it("sets aside a dateline's country that the story otherwise names only as an adjective", () => {
    const doc = extract(
      "DUHOK, Iraq, Oct 4 (Levant Wire) - Gunmen killed two Iraqi policemen at a checkpoint near Amadiya on Saturday, police said.",
    );
    expect(entityNamed(doc, "Iraq")).toBeUndefined();
    expect(entityOrAside(doc, "Iraq")).toBeDefined();
    expect(entityNamed(doc, "Amadiya")).toBeDefined();
  });

  it("sets aside a border's adjective with a side of a war's name", () => {
    const doc = extract(
      "A farmer lost a leg to a mine near Penjwen, close to the Iranian border, on Monday. The field was laid during the Iran-Iraq war, the mine action agency said.",
    );
    expect(entityNamed(doc, "Iran")).toBeUndefined();
  });

  it("keeps the country when one mention names it as a place of the events", () => {
    const doc = extract(
      "DUHOK, Iraq, Oct 4 (Levant Wire) - Gunmen killed two Iraqi policemen near Amadiya on Saturday. Attacks in Iraq have risen this year, police said.",
    );
    expect(entityNamed(doc, "Iraq")).toBeDefined();
  });

  it("keeps a state whose drone struck, named with a passing mention of people from it", () => {
    const doc = extract(
      "The camp, home to 9,000 refugees from Turkey, lies south of Erbil. On Sunday a Turkish drone struck a car near the camp, killing two men, the camp council said.",
    );
    expect(entityNamed(doc, "Turkey")).toBeDefined();
  });

  it("reads a body's nationality before its own noun as an aside", () => {
    const doc = extract(
      "The British demining charity has cleared two fields near Palmyra, where a mine killed a shepherd on Friday. The Britain-based group said more were needed.",
    );
    expect(entityNamed(doc, "United Kingdom")).toBeUndefined();
    expect(entityNamed(doc, "Palmyra")).toBeDefined();
  });
});

describe("a place closing a line of issue, abroad", () => {
  it("sets aside 'Issued in London' with its date over a report on Iraq", () => {
    const doc = extract(
      "NIMRUD SURVEY TEAM\nInterim report on the spring season\nIssued in London, Monday 6 April 2026\n\n1. The team worked near Nimrud in Nineveh. Gunmen fired at the site guard post on 2 March, police said.",
    );
    expect(entityNamed(doc, "London")).toBeUndefined();
    expect(entityNamed(doc, "Nineveh")).toBeDefined();
  });

  it("sets aside a translator's sign-off and a postal address abroad", () => {
    const signed = extract(
      "Gunmen killed a shepherd near Hawija on Friday, police said.\n\nI certify that this is a true translation.\nSigned: Omar Latif · London, 3 May 2026\n",
    );
    expect(entityNamed(signed, "London")).toBeUndefined();
    const addressed = extract(
      "From the office of Jane Doe MP · House of Commons · London SW1A 0AA\n\nDear Mr Price,\n\nThank you for writing about the drone strike near Amadiya on 2 June.",
    );
    expect(entityNamed(addressed, "London")).toBeUndefined();
    expect(entityNamed(addressed, "Amadiya")).toBeDefined();
  });

  it("keeps a place abroad that a sentence names as a place of the events", () => {
    const doc = extract(
      "Issued in London, Monday 6 April 2026\n\nThe team met in London on 2 March before flying to Erbil, where gunmen later fired at its car.",
    );
    expect(entityNamed(doc, "London")).toBeDefined();
  });

  it("keeps a place abroad on a line that goes on after its date", () => {
    const doc = extract(
      "London, 3 May 2026, was where the two men were arrested for funding the cell in Mosul, police said.",
    );
    expect(entityNamed(doc, "London")).toBeDefined();
  });
});

describe("a person called by a courtesy title", () => {
  it("gives the spelling with the title as one of the person's", () => {
    const doc = extract("Dear Mr Hughes,\n\nThank you for your letter about your son, who works near Erbil.");
    expect(entityNamed(doc, "Mr Hughes")?.type).toBe("person");
  });

  it("gives no title to a person the text names without one", () => {
    const doc = extract("Gareth Hughes said the road near Erbil was closed on Friday.");
    expect(entityNamed(doc, "Mr Hughes")).toBeUndefined();
  });
});

describe("a publication's name with its capitalised article", () => {
  it("gives 'The X' as a spelling when the capital 'The' stands inside a sentence", () => {
    const doc = extract(
      "Gunmen shot a chess player in Raqqa on Friday.\n\nSara Lane is a contributing editor of The Castle & Pawn.",
    );
    const body = doc.entities.find((e) => e.name.includes("Castle & Pawn"));
    expect(body?.aliases).toContain("The Castle & Pawn");
  });

  it("gives no such spelling when 'The' opens the sentence", () => {
    const doc = extract(
      "Gunmen shot a chess player in Raqqa on Friday.\n\nThe Castle & Pawn, a magazine, sent Sara Lane to cover it.",
    );
    const body = doc.entities.find((e) => e.name.includes("Castle & Pawn"));
    expect(body?.aliases ?? []).not.toContain("The Castle & Pawn");
  });
});

describe("the Security Council written in lower case", () => {
  it("does not read a camp's 'security council' as the UN body", () => {
    const doc = extract(
      "The camp near Khurmala was hit by rockets on Friday. 'The security council told us it was an isolated incident,' the manager said.",
    );
    expect(entityNamed(doc, "UN Security Council")).toBeUndefined();
  });

  it("still reads the capitalised 'Security Council' as the UN body", () => {
    const doc = extract(
      "The Security Council met on Friday to discuss the rocket attack near Khurmala, diplomats said.",
    );
    expect(entityNamed(doc, "UN Security Council")).toBeDefined();
  });
});

describe("a force's name written without its last noun before a common noun", () => {
  it("reads 'a Coast Guard boat' as the Coast Guard Forces the article names", () => {
    const doc = extract(
      "Gunmen fired on a patrol of the Coast Guard Forces near Fao on Friday. In May a Coast Guard boat was hit by a mine off Umm Qasr.",
    );
    const bodies = doc.entities.filter((e) => /Coast Guard/.test(e.name));
    expect(bodies).toHaveLength(1);
    expect(bodies[0]?.aliases).toContain("Coast Guard");
  });

  it("keeps the short name as a body when the article names no longer one", () => {
    const doc = extract("In May a Coast Guard boat was hit by a mine off Umm Qasr, officials said.");
    expect(doc.entities.some((e) => e.name === "Coast Guard Forces")).toBe(false);
  });
});

describe("an abbreviated country name before the people it is said of", () => {
  it("reads 'UK donors' as an adjective", () => {
    const doc = extract(
      "The course meets the rules of most UK donors. On Monday a bomb hit a car near Tuz Khurmatu.",
    );
    expect(entityNamed(doc, "United Kingdom")).toBeUndefined();
  });

  it("keeps 'the UK' as a party", () => {
    const doc = extract(
      "The UK has given money to clear mines near Tuz Khurmatu, where a bomb hit a car on Monday.",
    );
    expect(entityNamed(doc, "United Kingdom")).toBeDefined();
  });
});
