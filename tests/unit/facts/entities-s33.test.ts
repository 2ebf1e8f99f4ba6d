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

describe("names of texts, desks and periods are no entities", () => {
  it("a statute named by its subject ('the Medico-Legal Law') is no person; a party 'of Law' stays", () => {
    const doc = extract(
      "Under Article 4 of the Medico-Legal Law, the report goes to the judge. The State of Law coalition objected.",
    );
    expect(entityNamed(doc, "Medico-Legal Law")).toBeUndefined();
    expect(entityNamed(doc, "State of Law")?.type).toBe("organization");
  });

  it("a press desk 'of' its body, or after its station on a header line, is the body's desk", () => {
    const issued = extract(
      "The bodies were returned to the family.\n\nIssued by the Media Office of the Medico-Legal Directorate.",
    );
    expect(entityNamed(issued, "Media Office")).toBeUndefined();
    expect(entityNamed(issued, "Medico-Legal Directorate")?.type).toBe("organization");
    const header = extract(
      "Daquq Police Station — Investigation Office\n\nThe driver was robbed near Daquq.",
    );
    expect(entityNamed(header, "Investigation Office")).toBeUndefined();
  });

  it("'Second Quarter 2026' is a quarter of the year, not a city's quarter", () => {
    const doc = extract(
      "ZAGROS ADVISORS · RESEARCH\nErbil Market Report — Second Quarter 2026\n\nRents fell in Erbil.",
    );
    expect(entityNamed(doc, "Second Quarter")).toBeUndefined();
  });
});

describe("directions before a place", () => {
  it("'central Erbil' is the city itself: a city is a point", () => {
    const doc = extract("Rents in central Erbil fell by 7% on the first quarter.");
    expect(entityNamed(doc, "Central Erbil")).toBeUndefined();
    expect(spellings(doc, "Erbil")).toContain("Erbil");
  });

  it("'north-east Diyala' is one direction, the hyphenated compass point whole", () => {
    const doc = extract("Khanaqin, on the Iranian border in north-east Diyala, is disputed.");
    const part = entityNamed(doc, "north-east Diyala");
    expect(part?.name).toBe("Northeastern Diyala");
    expect(entityNamed(doc, "Eastern Diyala")).toBeUndefined();
  });
});

describe("people named after a style or a staff noun", () => {
  it("'Father Yohanna Daniel': a cleric's style before his full name", () => {
    const doc = extract("I spoke to Father Yohanna Daniel at the church on Friday.");
    expect(entityNamed(doc, "Yohanna Daniel")?.type).toBe("person");
  });

  it("'one of our leasing agents, Sazan Omer': one of a staff in apposition", () => {
    const doc = extract('"After April everybody was nervous," said one of our leasing agents, Sazan Omer.');
    expect(entityNamed(doc, "Sazan Omer")?.type).toBe("person");
  });

  it("bodies listed after a plural role noun are not people", () => {
    const doc = extract(
      "The committee met with the representatives of the Ministries of Finance, Health and Defence on Monday.",
    );
    expect(entityNamed(doc, "Health")?.type).not.toBe("person");
  });
});

describe("unknown one-word places told by where they stand", () => {
  it("a name set on the compass ('from Khazeran in the east') is a place", () => {
    const doc = extract("The army advanced from the south and the Peshmerga from Khazeran in the east.");
    expect(entityNamed(doc, "Khazeran")?.type).toBe("place");
  });

  it("a name written after 'in' again and again is a place", () => {
    const doc = extract(
      "Villas in Darbandok held their prices. Staff moved to Darbandok in May. Demand in Darbandok should recover.",
    );
    expect(entityNamed(doc, "Darbandok")?.type).toBe("place");
  });

  it("one mention after 'in', a numbered part of a site, or a longer name's first word is not enough", () => {
    const once = extract("Prices held in Darbandok this quarter.");
    expect(entityNamed(once, "Darbandok")).toBeUndefined();
    const phases = extract("A fire broke out in Phase 5. Kits went to children in Phase 2 and Phase 3.");
    expect(entityNamed(phases, "Phase")).toBeUndefined();
  });
});

describe("gazetteer additions: places and a safety body of the Iraq and Syria war zones", () => {
  it("knows Ankawa, Khazir, Qaiyara, al-Soussa, Alouk and INSO", () => {
    const doc = extract(
      "Staff moved to Ankawa. The Peshmerga held Khazir while the army left Qaiyara. A bomb went off between al-Shafah and al-Soussa. The Alouk water station stopped pumping. According to the INSO platform, incidents rose.",
    );
    expect(entityNamed(doc, "Ankawa")?.type).toBe("place");
    expect(entityNamed(doc, "Khazir")?.type).toBe("place");
    expect(entityNamed(doc, "Qaiyara")?.name).toBe("Qayyarah");
    expect(entityNamed(doc, "al-Soussa")?.type).toBe("place");
    expect(entityNamed(doc, "al-Shafah")?.type).toBe("place");
    expect(entityNamed(doc, "Alouk")?.type).toBe("place");
    expect(entityNamed(doc, "INSO")?.type).toBe("organization");
  });
});

describe("a country's possessive before a ministry's common name", () => {
  it("'Turkey's defence ministry' is Turkey's ministry, spelled so", () => {
    const doc = extract(
      "Turkey's defence ministry said on Wednesday that its forces had killed four fighters near Ras al-Ain.",
    );
    const ministry = entityNamed(doc, "Turkey's defence ministry");
    expect(ministry?.type).toBe("organization");
    expect(ministry?.name).toBe("Turkish Ministry of National Defence");
  });

  it("the country keeps its other mentions", () => {
    const doc = extract("Turkey's army shelled Tal Tamr. Turkey's defence ministry confirmed it.");
    expect(entityNamed(doc, "Turkey")?.type).toBe("place");
  });
});

describe("pious formulas", () => {
  it("'God willing' names no person", () => {
    const doc = extract(
      'Dr. Haitham al-Asadi told my father the governor would meet us "after Eid, God willing".',
    );
    expect(entityNamed(doc, "God")).toBeUndefined();
    expect(entityNamed(doc, "Haitham al-Asadi")?.type).toBe("person");
  });
});
