import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** Names glued, cut or merged across classes of text (letters, bulletins, UN reports), on made-up text. */

describe("a tribe or landform is not a person whose surname sounds alike", () => {
  it("'the Zubaid tribe' stays a tribe beside 'Sheikh Nawaf Salman al-Zubaidi'", () => {
    const doc = extract(
      "The appeal came from Sheikh Nawaf Salman al-Zubaidi, head of the Zubaid tribe. We spoke to the Zubaid about it.",
    );
    const man = entityNamed(doc, "Nawaf Salman al-Zubaidi");
    expect(man?.type).toBe("person");
    expect(man?.aliases.some((a) => /Zubaid\b/.test(a))).toBe(false);
    expect(entityNamed(doc, "Zubaid tribe")?.type).toBe("organization");
    expect(entityNamed(doc, "Zubaid")?.type).toBe("organization");
  });

  it("a landform named in the plural keeps its noun: 'the Sawda hills'", () => {
    const doc = extract("Gunmen hid in the Sawda hills for a week. Patrols returned to the Sawda foothills.");
    const hills = entityNamed(doc, "Sawda hills");
    expect(hills?.type).toBe("place");
    expect(hills?.aliases.concat(hills.name)).toContain("Sawda foothills");
  });
});

describe("kin in the first person", () => {
  it("'my cousin, Yasin' names a person, as 'his cousin, Yasin' does", () => {
    const doc = extract(
      "The men came at night. One of those taken was my cousin, Yasin. We have had no word.",
    );
    expect(entityNamed(doc, "Yasin")?.type).toBe("person");
  });
});

describe("armed services and sites", () => {
  it("'the Egyptian Navy' is an organization, not Egypt", () => {
    const doc = extract("The tanker was escorted by the Egyptian Navy through the canal.");
    expect(entityNamed(doc, "Egyptian Navy")?.type).toBe("organization");
  });

  it("'the Navy' alone names no new body", () => {
    const doc = extract("The Navy did not comment on the report.");
    expect(doc.entities.some((e) => /navy/i.test(e.name))).toBe(false);
  });

  it("a kunya-shaped name ending in a site's noun is the site: 'Umm Tuwaila North Port'", () => {
    const doc = extract("RECENT INCIDENTS\n- 05 JUN, Umm Tuwaila North Port: theft of ropes from a vessel.");
    expect(entityNamed(doc, "Umm Tuwaila North Port")?.type).not.toBe("person");
  });

  it("a kunya is still a person: 'Abu Hamza al-Ansari'", () => {
    const doc = extract("The cell was led by Abu Hamza al-Ansari, officials said.");
    expect(entityNamed(doc, "Abu Hamza al-Ansari")?.type).toBe("person");
  });
});

describe("form labels and list ordinals", () => {
  it("a field label before a colon is not a place: 'Region: Nineveh'", () => {
    const doc = extract("Weekly note\nRegion: Nineveh plains and Sinjar\nThreats remain.");
    expect(doc.entities.some((e) => e.name === "Region")).toBe(false);
    expect(entityNamed(doc, "Sinjar")?.type).toBe("place");
  });

  it("a list's ordinal is not glued to the body after it: 'Second: The Ministry of Health'", () => {
    const doc = extract("The plan has three parts. Second: The Ministry of Health will open a clinic.");
    expect(entityNamed(doc, "Ministry of Health")?.type).toBe("organization");
    expect(doc.entities.some((e) => /Second/.test(e.name))).toBe(false);
  });

  it("a numeral ordinal still opens a unit's name", () => {
    const doc = extract("Troops of the 9th Border Guards Brigade left the post.");
    expect(entityNamed(doc, "9th Border Guards Brigade")?.type).toBe("organization");
  });
});

describe("bodies named by their remit or by paired words", () => {
  it("'Committee on Foreign Affairs' keeps its remit; 'the Council on Tuesday' does not", () => {
    const doc = extract(
      "The Special Committee on Missing Persons wrote to the ministry. The Security Council on Tuesday adopted a text.",
    );
    expect(entityNamed(doc, "Special Committee on Missing Persons")?.type).toBe("organization");
    expect(doc.entities.some((e) => /Tuesday/.test(e.name))).toBe(false);
  });

  it("a country after a bare 'on' is the topic: 'briefed the Security Council on Libya'", () => {
    const doc = extract("The envoy briefed the Security Council on Libya last week.");
    expect(doc.entities.some((e) => /on Libya/.test(e.name))).toBe(false);
    expect(entityNamed(doc, "Libya")?.type).toBe("place");
  });

  it("'the Commission of Inquiry on the Central African Republic' is one body", () => {
    const doc = extract(
      "The Commission of Inquiry on the Central African Republic said the camps were full.",
    );
    expect(entityNamed(doc, "Commission of Inquiry on the Central African Republic")?.type).toBe(
      "organization",
    );
  });

  it("'the Search and Rescue Fund' is one body, not 'Rescue Fund'", () => {
    const doc = extract("Money from the Search and Rescue Fund paid for the boats.");
    expect(entityNamed(doc, "Search and Rescue Fund")?.type).toBe("organization");
  });

  it("a name before 'and' is not glued to a body: 'Hamid and Tribal Council members'", () => {
    const doc = extract("Hamid and Tribal Council members met the governor.");
    expect(doc.entities.some((e) => /Hamid and/.test(e.name))).toBe(false);
  });
});

describe("formal names of governments", () => {
  it("'the Government of the Syrian Arab Republic' is the Syrian government, not Syria", () => {
    const doc = extract(
      "The agreement was signed by the Government of the Syrian Arab Republic and the SDF.",
    );
    expect(entityNamed(doc, "Government of the Syrian Arab Republic")?.type).toBe("organization");
  });

  it("'tribal mobilisation forces' is the Tribal Mobilization body under its whole name", () => {
    const doc = extract("Our young men serve in the tribal mobilisation forces and guard the road.");
    expect(entityNamed(doc, "tribal mobilisation forces")?.type).toBe("organization");
  });
});

describe("a signature at the very end of a text", () => {
  it("'NAME, Place' as the last words does not break the role reading", () => {
    const doc = extract("We met Ahmad Karim, Mosul");
    expect(entityNamed(doc, "Ahmad Karim")?.type).toBe("person");
  });
});

describe("border posts and programmes", () => {
  it("'the Waleed border centre' is a site named before its two-word noun", () => {
    const doc = extract("Inspectors at the Waleed border centre seized forty boxes of pills.");
    expect(entityNamed(doc, "Waleed border centre")?.type).toBe("facility");
  });

  it("a name given its acronym in brackets is a body: 'Medics for Peace (MFP)'", () => {
    const doc = extract("They contacted Medics for Peace (MFP) in March about the clinic.");
    const body = entityNamed(doc, "Medics for Peace");
    expect(body?.type).toBe("organization");
    expect(body?.aliases).toContain("MFP");
  });

  it("two given names before brackets are not glued into a body: 'Ali and Omar (AO)'", () => {
    const doc = extract("Ali and Omar (AO) left the camp in May.");
    expect(doc.entities.some((e) => /Ali and Omar/.test(e.name))).toBe(false);
  });
});
