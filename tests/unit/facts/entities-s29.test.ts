import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** Entity classes met in slides, travel advisories and court decisions, on made-up text. */

describe("a government named after its leader", () => {
  it("'the Qaddafi regime' is a body, and the name before it still names the man", () => {
    const doc = extract("Exiles returned to Tripoli after the fall of the Qaddafi regime in 2011.");
    expect(entityNamed(doc, "Qaddafi regime")?.type).toBe("organization");
    expect(entityNamed(doc, "Qaddafi")?.type).toBe("person");
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
