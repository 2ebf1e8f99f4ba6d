import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** Session 50 (s50p): extraction precision, names cut or misread as places. */

describe("a person named like a town, where a person is written", () => {
  it("an appositive after a role or a calling: 'our editor, Hama Barzinji,' is a person", () => {
    const doc = extract("Our editor, Hama Barzinji, says the road to Tikrit was closed for a day.");
    expect(entityNamed(doc, "Hama Barzinji")?.type).toBe("person");
    expect(doc.entities.find((e) => e.name === "Hama")).toBeUndefined();
  });

  it("before a clause about a person: 'Rawa Khoshnaw, whose shop burned,' is a person", () => {
    const doc = extract("Rawa Khoshnaw, whose shop burned on Friday, said the fire began at night.");
    expect(entityNamed(doc, "Rawa Khoshnaw")?.type).toBe("person");
    expect(doc.entities.find((e) => e.name === "Rawa")).toBeUndefined();
  });

  it("a script's speaker label in capitals: 'SOT – SORAN OMER:' is a person", () => {
    const doc = extract('SOT – SORAN OMER: "We left before dawn."\n\nThe village was shelled twice in May.');
    expect(doc.entities.find((e) => e.type === "person" && /soran omer/i.test(e.name))).toBeDefined();
    expect(doc.entities.find((e) => e.type === "place" && e.name === "Soran")).toBeUndefined();
  });

  it("a byline opening a line: 'By Soran Nadir' names no town", () => {
    const doc = extract("By Soran Nadir\n\nTwo shepherds were wounded by a mine near Sinjar on Tuesday.");
    expect(doc.entities.find((e) => e.name === "Soran")).toBeUndefined();
    expect(entityNamed(doc, "Sinjar")?.type).toBe("place");
  });

  it("the town itself stays a place in a list or after 'by' inside a sentence", () => {
    const doc = extract("The roads to Soran, Rawa and Hama were closed. The convoy went by Rawa at dawn.");
    for (const name of ["Soran", "Rawa", "Hama"]) expect(entityNamed(doc, name)?.type).toBe("place");
  });
});

describe("a lexicon name written with a spaced dash reads on over the dash", () => {
  it("'Combined Joint Task Force – Operation Inherent Resolve' is the coalition, not a cut body", () => {
    const doc = extract(
      "A spokesman for Combined Joint Task Force – Operation Inherent Resolve said two militants were killed.",
    );
    expect(doc.entities.find((e) => e.name === "Combined Joint Task Force")).toBeUndefined();
    expect(doc.entities.find((e) => e.lexiconId === "org/coalition")).toBeDefined();
  });
});

describe("names cut short or glued to the wrong word", () => {
  it("'the Erbil International Airport road' is the road named after the airport", () => {
    const text = "Embassy staff must avoid the Erbil International Airport road after dark.";
    const airport = extract(text).entities.find((e) => e.lexiconId === "facility/erbil-airport");
    expect(airport?.mentions.map((m) => text.slice(m.start, m.end))).toEqual([
      "Erbil International Airport road",
    ]);
  });

  it("a firm named after a hill ends in its trade: 'Ras Qamishli Construction' is no hill", () => {
    const doc = extract("The second bid came from Ras Qamishli Construction, at 1.2 billion dinars.");
    expect(entityNamed(doc, "Ras Qamishli Construction")?.type).toBe("organization");
    expect(doc.entities.find((e) => e.type === "place")).toBeUndefined();
    expect(entityNamed(extract("Shelling hit Ras Qamishli on Monday."), "Ras Qamishli")?.type).toBe("place");
  });

  it("'driver, Hurriya quarter' on a speaker's line is a place, not a person", () => {
    const doc = extract(
      'Karim Aziz, 35, driver, Hurriya quarter\n"The checkpoints close too early," he said.',
    );
    expect(entityNamed(doc, "Hurriya")?.type).toBe("place");
  });

  it("'the Mar Yousif church' is the church, named after a saint", () => {
    const doc = extract("Families gathered at the Mar Yousif church in Bartella on Sunday.");
    expect(entityNamed(doc, "Mar Yousif church")).toBeDefined();
    expect(doc.entities.find((e) => e.name === "Mar Yousif")).toBeUndefined();
  });

  it("'Block 3 of Roj camp' is a section of the camp; 'Block 3 of the plan' is no place", () => {
    const camp = extract("A guard was stabbed in Block 3 of Roj camp. Residents of Block 3 stayed inside.");
    expect(entityNamed(camp, "Block 3")?.type).toBe("place");
    expect(entityNamed(camp, "Block 3")?.mentions).toHaveLength(2);
    const plan = extract("Block 3 of the plan gives the ministry two more months.");
    expect(entityNamed(plan, "Block 3")).toBeUndefined();
  });

  it("a court reporter's credentials after her name ('RMR, CRR') are no names", () => {
    const doc = extract(
      "Court reporter: Susan J. Hale, RMR, CRR\n\nThe hearing began at 10 a.m. in Alexandria.",
    );
    expect(doc.entities.find((e) => e.name === "RMR" || e.name === "CRR")).toBeUndefined();
  });
});
