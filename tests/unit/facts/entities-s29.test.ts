import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** Entity classes met in slides, travel advisories and court decisions, on made-up text. */

describe("a government named after its leader", () => {
  it("'the Qaddafi regime' is a body; the name before it, his only mention, lists no person (ANNOTATION.md rule 5)", () => {
    const doc = extract("Exiles returned to Tripoli after the fall of the Qaddafi regime in 2011.");
    expect(entityNamed(doc, "Qaddafi regime")?.type).toBe("organization");
    // Session 62 decided that a person named only inside a body's name is not listed (session 63 reads it so).
    expect(entityNamed(doc, "Qaddafi")).toBeUndefined();
  });

  it("'the Kadhimi government' is a body of its own", () => {
    const doc = extract("Under the Kadhimi government the border posts in Anbar were rebuilt.");
    expect(entityNamed(doc, "Kadhimi government")?.type).toBe("organization");
  });

  it("the man's possession stays his: 'Qaddafi's regime' adds no body", () => {
    const doc = extract("Exiles returned to Tripoli after Qaddafi's regime fell in 2011.");
    expect(doc.entities.some((e) => e.type === "organization" && /regime/i.test(e.name))).toBe(false);
  });
});

describe("abbreviations of military reports", () => {
  it("'KIA YTD' on a slide is a count's label, not a person named Kia", () => {
    const doc = extract("Totals for the year so far.\n• Army and Police KIA YTD: 44\n• Detained YTD: 310");
    expect(doc.entities.some((e) => /\bKIA\b|\bYTD\b/.test(e.name))).toBe(false);
  });

  it("a name in capitals with no report abbreviation is still a person", () => {
    const doc = extract("KAMAL AL-DOURI: We went back to the village in March.\nHOST: Thank you.");
    expect(entityNamed(doc, "KAMAL AL-DOURI")?.type).toBe("person");
  });
});

describe("roads and places on them", () => {
  it("a name before a road noun is a place: 'the Zawiya track'", () => {
    const doc = extract("Shepherds said the Zawiya track had not been used for a month.");
    expect(entityNamed(doc, "Zawiya")?.type).toBe("place");
  });

  it("a road's code the document writes before 'highway' is the road wherever it is written", () => {
    const doc = extract(
      "JORDAN | M7 Amman–Ruwaished highway\n\nTwo lorries were robbed on the M7 near Safawi. Travel on the M7 at night is not advised.",
    );
    const road = entityNamed(doc, "M7");
    expect(road?.type).toBe("place");
  });

  it("a code never written before a road noun is no road: 'the M16 rifles'", () => {
    const doc = extract("Police seized the M16 rifles near Safawi on Monday.");
    expect(entityNamed(doc, "M16")).toBeUndefined();
  });

  it("a compass point shortened as slides write it: 'N of Zawiya'", () => {
    const doc = extract("• Army patrol found 2 x IED on track 3 km N of Zawiya. Both rendered safe.");
    expect(entityNamed(doc, "Zawiya")?.type).toBe("place");
  });
});

describe("a town's desert", () => {
  it("'the Rutba desert' is a mention of the place, kept with its noun", () => {
    const doc = extract("The gunmen fled towards the Rutba desert after the attack.");
    const rutba = entityNamed(doc, "Rutba desert");
    expect(rutba?.type).toBe("place");
    expect(entityNamed(doc, "Rutba")).toBe(rutba);
  });
});

describe("a site named before its purpose and its noun", () => {
  it("'the Sinaa detention center' is a facility, the mention keeping both words of its head", () => {
    const doc = extract("Guards at the Sinaa detention center in Hasakah stopped a break-out on Monday.");
    const site = entityNamed(doc, "Sinaa detention center");
    expect(site?.type).toBe("facility");
  });
});

describe("a place's name in a masthead", () => {
  it("'ANBAR TODAY · THE INTERVIEW' names the programme, not a place of the story", () => {
    const doc = extract(
      "ANBAR TODAY · THE INTERVIEW\nTuesday, 14 April 2026\n\nThe mayor of Hit spoke to us about the night attacks near the town.",
    );
    expect(entityNamed(doc, "Anbar")).toBeUndefined();
  });

  it("a place followed by 'today' in lower case is still the place", () => {
    const doc = extract("Police in Anbar today arrested two men near the town of Hit.");
    expect(entityNamed(doc, "Anbar")?.type).toBe("place");
  });
});

describe("a party named by initials", () => {
  it("'the defendant (M. Sh. R.)' is a person", () => {
    const doc = extract("The court heard the defendant (M. Sh. R.), born 1990, on Sunday in Ramadi.");
    expect(entityNamed(doc, "M. Sh. R.")?.type).toBe("person");
  });

  it("initials before a surname stay inside the full name", () => {
    const doc = extract("The lawyer, Mr H. K. Daoud, asked for bail in Ramadi.");
    expect(entityNamed(doc, "H. K.")).toBeUndefined();
  });

  it("initials with no party noun or title before them name no one", () => {
    const doc = extract("Sections A. B. and C. of the report were read in Ramadi.");
    expect(doc.entities.some((e) => e.type === "person")).toBe(false);
  });
});
