import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** Session 33: bare names inside a site's spelling, letterhead bodies shouted in capitals. */

const spellings = (doc: ReturnType<typeof extract>, name: string) => {
  const e = entityNamed(doc, name);
  return e ? [e.name, ...e.aliases] : [];
};

describe("a known place or site written with its common noun keeps its bare name as a spelling", () => {
  it("'the al-Hol camp' is also 'al-Hol'", () => {
    const doc = extract("Iraq said it had received 150 more families from al-Hol camp on Monday.");
    expect(spellings(doc, "Al-Hol camp")).toContain("al-Hol");
  });

  it("'the Wadi Horan area' is also 'Wadi Horan'", () => {
    const doc = extract("Fighters had been seen in the Wadi Horan area in February, an official said.");
    expect(spellings(doc, "Wadi Hauran")).toContain("Wadi Horan");
  });

  it("'the Hamdaniya district' is also 'Hamdaniya'", () => {
    const doc = extract("The Hamdaniya district's security chief said the road was reopened.");
    expect(spellings(doc, "Hamdaniya district")).toContain("Hamdaniya");
  });

  it("a site named after a town does not take the town's name ('Erbil airport' is not 'Erbil')", () => {
    const doc = extract("Two drones struck near the Erbil airport on Sunday night.");
    const airport = doc.entities.find((e) => e.type === "facility");
    expect(airport?.aliases ?? []).not.toContain("Erbil");
  });

  it("a crossing's bare name stays the town's when the town is named too", () => {
    const doc = extract(
      "Customs officers stopped a truck at the al-Qaim crossing on Sunday. A trader in al-Qaim said prices rose.",
    );
    const crossing = doc.entities.find((e) => e.type === "facility");
    expect(crossing).toBeDefined();
    expect(crossing?.aliases.map((a) => a.toLowerCase())).not.toContain("al-qaim");
  });
});

describe("a body's whole name on a letterhead shouted in capitals", () => {
  it("a line of its own ending in a body's noun is the body", () => {
    const doc = extract(
      "EUPHRATES RECOVERY ALLIANCE\nQuarterly report to the donor\n\nOur teams worked in Hajin in March.",
    );
    expect(entityNamed(doc, "EUPHRATES RECOVERY ALLIANCE")?.type).toBe("organization");
    expect(entityNamed(doc, "Euphrates")).toBeUndefined();
  });

  it("segments between separators: a state, a ministry, a police directorate of a city", () => {
    const doc = extract(
      "REPUBLIC OF IRAQ · MINISTRY OF INTERIOR · KIRKUK POLICE DIRECTORATE\nStatement of a witness\n\nThe driver was robbed near Daquq.",
    );
    expect(entityNamed(doc, "KIRKUK POLICE DIRECTORATE")?.type).toBe("organization");
  });

  it("a body's noun opening its name before 'of' ('ASSOCIATION OF THE FAMILIES OF ...')", () => {
    const doc = extract(
      "ASSOCIATION OF THE FAMILIES OF THE SPEICHER MARTYRS\nOrder of proceedings\n\nThe association thanks the guests.",
    );
    expect(entityNamed(doc, "ASSOCIATION OF THE FAMILIES OF THE SPEICHER MARTYRS")?.type).toBe(
      "organization",
    );
  });

  it("a ministry's remits listed with commas stay in its name", () => {
    const doc = extract(
      "REPUBLIC OF IRAQ · MINISTRY OF CONSTRUCTION, HOUSING AND MUNICIPALITIES\nNOTICE TO CITIZENS\n\nWater will be cut in Baqubah.",
    );
    expect(entityNamed(doc, "MINISTRY OF CONSTRUCTION, HOUSING AND MUNICIPALITIES")?.type).toBe(
      "organization",
    );
    expect(entityNamed(doc, "MINISTRY OF CONSTRUCTION")).toBeUndefined();
  });

  it("names no body in a shouted heading, a department named by its field, or a town's branch", () => {
    const doc = extract(
      "GENERAL DIRECTORATE OF CIVIL DEFENCE · KIRKUK DIRECTORATE\nDIRECTORATE OF LEGAL AFFAIRS\nWORDS OF THE ASSOCIATION\n\nFires burned near Dibis.",
    );
    const names = doc.entities.map((e) => e.name.toUpperCase());
    expect(names).not.toContain("KIRKUK DIRECTORATE");
    expect(names).not.toContain("DIRECTORATE OF LEGAL AFFAIRS");
    expect(names).not.toContain("WORDS OF THE ASSOCIATION");
  });
});

describe("a masthead named for a place and a publication's word", () => {
  it("'THE NINEVEH OBSERVER' and 'Euphrates Morning' are no places of the story", () => {
    const observer = extract(
      "THE NINEVEH OBSERVER · READERS' LIVE CHAT\n\nA soldier was killed at the Bartella checkpoint on Wednesday.",
    );
    expect(entityNamed(observer, "Nineveh")).toBeUndefined();
    const morning = extract(
      "From: Euphrates Morning <morning@example.org>\n\nA drone struck a car near Raqqa on Tuesday, a resident told Euphrates Morning.",
    );
    expect(entityNamed(morning, "Euphrates")).toBeUndefined();
  });
});
