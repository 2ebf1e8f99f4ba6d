import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Names no lexicon holds, typed by the list or apposition they stand in (issue 10, entity
 * recall on unseen text), on made-up sentences.
 */
const names = (text: string) => extract(text).entities.map((e) => `${e.name} (${e.type})`);

describe("names listed before one plural head noun", () => {
  it("every name of a comma list before 'camps' is a site, numbered ones included", () => {
    const found = names(
      "The survey covered families in the Qarawan, Dersel 1, Dersel 2, Birkan and Hawara camps.",
    );
    for (const name of ["Qarawan", "Dersel 1", "Dersel 2", "Birkan", "Hawara"])
      expect(found).toContain(`${name} (facility)`);
  });

  it("every name of a comma list before 'villages' is a place", () => {
    const found = names("Militants raided the Zirak, Barav and Gulan villages at night.");
    expect(found).toEqual(expect.arrayContaining(["Zirak (place)", "Barav (place)", "Gulan (place)"]));
  });

  it("a lone adjective before a plural facility noun is no name", () => {
    expect(names("Shipments leave through Mediterranean ports every week.")).not.toContain(
      "Mediterranean (facility)",
    );
  });

  it("a number after a month or weekday stays a date", () => {
    const found = names("The talks ran from Dersel on June 9, and again on Sat 31 and later.");
    expect(found.some((n) => /June|Sat/.test(n))).toBe(false);
  });
});

describe("a name in apposition to a kin noun", () => {
  it("'X, a 52-year-old mother of five' is a person", () => {
    expect(
      names("In the camp, Pakhshan Rekani, a 47-year-old Yazidi mother of four, showed us the tent."),
    ).toContain("Pakhshan Rekani (person)");
  });

  it("a place noun first keeps the apposition a place's", () => {
    expect(
      names("Militants reached Girdasor, a village whose sons had joined the police, on Monday.").some((n) =>
        n.startsWith("Girdasor (person"),
      ),
    ).toBe(false);
  });
});

describe("languages", () => {
  it("'in English and Norwegian' names no place", () => {
    expect(names("The director is available for interviews in English and Norwegian.")).toEqual([]);
  });
});

describe("a name typed by the words around it", () => {
  it("'residents of X' makes X a place", () => {
    expect(names("Residents of Qasrok told us that a house was hit.")).toContain("Qasrok (place)");
  });

  it("a known place and capitalised words before a lower-case 'administration' name a body", () => {
    const doc = extract("According to the Kirkuk Old Citadel administration, the gates stayed shut.");
    const body = doc.entities.find((e) => e.type === "organization");
    expect([body?.name, ...(body?.aliases ?? [])]).toContain("Kirkuk Old Citadel administration");
  });

  it("a river named after a known place is a place, not a stray 'River'", () => {
    const found = names("Fighters hid in the orchards along the Diyala River last week.");
    expect(found).toContain("Diyala River (place)");
    expect(found).not.toContain("River (place)");
  });
});

describe("a governorate that acts", () => {
  it("'the Nineveh governorate said' is the governorate's administration; the place keeps its other mentions", () => {
    const doc = extract(
      "Two shepherds were killed near Mosul in Nineveh. The Nineveh governorate said on Tuesday that the road would be closed.",
    );
    const body = doc.entities.find((e) => e.name === "Nineveh governorate");
    expect(body?.type).toBe("organization");
    expect(doc.entities.find((e) => e.name === "Nineveh")?.mentions.map((m) => m.text)).toEqual(["Nineveh"]);
  });

  it("a governorate as a territory stays a place", () => {
    const doc = extract("The attack happened in the Nineveh governorate on Tuesday.");
    expect(doc.entities.some((e) => e.type === "organization" && /governorate/.test(e.name))).toBe(false);
  });
});

describe("sites by a code or a centre", () => {
  it("a code of capitals and digits before a base noun is a site", () => {
    expect(names("The advisers left the Q7 base near Kirkuk in 2020.")).toContain("Q7 (facility)");
  });

  it("a code with no site noun after it is no name", () => {
    expect(names("The G7 met and F16 jets flew.")).toEqual([]);
  });

  it("a name before a lower-case 'center' is a site", () => {
    expect(names("The boys were first held at the Barzan center, a rehabilitation facility.")).toContain(
      "Barzan (facility)",
    );
  });
});

describe("Baghdad's districts", () => {
  it("Karrada is a place in Iraq", () => {
    const doc = extract("A sound bomb exploded outside a shop in Karrada at about 23:00.");
    expect(doc.entities.find((e) => e.name === "Karrada")?.lexiconId).toBe("place/karrada");
  });
});

describe("bodies by their governing noun", () => {
  it("a body's noun before 'of' inside the name makes it a body, not a titled person", () => {
    expect(names("The General Directorate of Ports said on Monday that trucks were searched.")).toContain(
      "General Directorate of Ports (organization)",
    );
  });

  it("'the Israeli military' is Israel's army", () => {
    const doc = extract("Israel has struck sites in Syria, but the Israeli military did not comment.");
    expect(doc.entities.find((e) => e.lexiconId === "org/idf")?.aliases).toContain("Israeli military");
  });
});

describe("a numbered unit of a named force", () => {
  it("'the 5th Brigade of the Federal Police' is the Federal Police in the words that place the unit", () => {
    const doc = extract(
      "A roadside bomb struck a vehicle of the 5th Brigade of the Federal Police on the road.",
    );
    const police = doc.entities.find((e) => e.name === "Federal Police");
    expect(police?.aliases).toContain("5th Brigade of the Federal Police");
    expect(doc.entities.some((e) => e.name === "5th Brigade")).toBe(false);
  });
});
