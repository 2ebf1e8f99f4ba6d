import { describe, expect, it } from "vitest";
import { entityNamed, entityOrAside, extract } from "./helpers.js";

/**
 * Readings prompted by the fifty-second held-out set's first sight (session 55), each on
 * invented sentences: a courtesy title before the last words of a longer name, the sides of a
 * war named inside the war's name, a clinician's post signed under a name, and the party a
 * ruling or a form is about named after "the claimant," or "Applicant:".
 */

describe("a courtesy title before the end of a longer name is that person", () => {
  it("'Mr Khalil Daoud' after 'Sami Khalil Daoud' is one person, and his quote is his", () => {
    const doc = extract(
      "The complaint was brought by Sami Khalil Daoud, a farmer from the village. " +
        'Mr Khalil Daoud said the well had been dry since June. "We carried water by hand," he said.',
    );
    const sami = entityNamed(doc, "Sami Khalil Daoud");
    expect(sami?.aliases).toContain("Khalil Daoud");
    expect(doc.entities.filter((e) => e.type === "person")).toHaveLength(1);
    expect(doc.quotes.every((q) => q.speaker.entityId === sami?.id)).toBe(true);
  });

  it("without the title, the end of a long Arabic name chain stays another man (his father)", () => {
    const doc = extract(
      "The complaint was brought by Sami Khalil Daoud, a farmer from the village. Khalil Daoud, his father, said the well had been dry since June.",
    );
    expect(entityNamed(doc, "Khalil Daoud")).toBeDefined();
    expect(entityNamed(doc, "Sami Khalil Daoud")).toBeDefined();
  });
});

describe("the sides of a war named in the war's name are no places of the events", () => {
  it("'the Iran-Iraq war' lists neither country; the town of the events stays", () => {
    const doc = extract(
      "A mine left over from the Iran-Iraq war killed a boy near Mandali on Tuesday, the police said.",
    );
    expect(entityNamed(doc, "Iran")).toBeUndefined();
    expect(entityNamed(doc, "Iraq")).toBeUndefined();
    expect(entityNamed(doc, "Mandali")).toBeDefined();
  });

  it("a country that is also named as a party stays", () => {
    const doc = extract(
      "Veterans of the Iran–Iraq war marched in Basra. Iran closed the crossing at Shalamcheh on Monday.",
    );
    expect(entityNamed(doc, "Iran")).toBeDefined();
  });

  it("'the Iran-Iraq border' is not a war's name (left as before)", () => {
    const doc = extract("Smugglers crossed the Iran-Iraq border near Mandali.");
    expect(entityOrAside(doc, "Iran")).toBeDefined();
  });
});

describe("a clinician's post signed under a name is no person", () => {
  it("'Consultant Orthopaedic Surgeon' under a signature names no one", () => {
    const doc = extract(
      "Dear Dr Aziz,\n\nI reviewed Mr Hemin Sabir today; the wound has healed.\n\nYours sincerely,\n\nKarwan Kamal Rasul\nConsultant Orthopaedic Surgeon",
    );
    expect(entityNamed(doc, "Orthopaedic Surgeon")).toBeUndefined();
    expect(entityNamed(doc, "Karwan Kamal Rasul")).toBeDefined();
  });

  it("'Senior Clinical Psychologist' likewise", () => {
    const doc = extract(
      "The report was signed by Nazanin Omar.\n\nNazanin Omar\nSenior Clinical Psychologist",
    );
    expect(doc.entities.filter((e) => e.type === "person").map((e) => e.name)).toEqual(["Nazanin Omar"]);
  });
});

describe("the party a ruling or a form is about is a person", () => {
  it("'Claimant: X' opening a field names a person, whatever her given name", () => {
    const doc = extract(
      "Decision No. 12/2026\n\nClaimant: Nadhima Fakhri Sultan\nSubject: claim for damage to a house",
    );
    expect(entityNamed(doc, "Nadhima Fakhri Sultan")?.type).toBe("person");
  });

  it("'the claimant, X,' in apposition names the claimant", () => {
    const doc = extract("The committee awards the claimant, Nadhima Fakhri Sultan, two million dinars.");
    expect(entityNamed(doc, "Nadhima Fakhri Sultan")?.type).toBe("person");
  });

  it("a field's label is no apposition: 'For the Defendant: Omar Haddad, Esq.' makes no person of 'Esq'", () => {
    const doc = extract("APPEARANCES: For the Defendant: Omar Haddad, Esq.\n\nThe hearing opened at ten.");
    expect(entityNamed(doc, "Esq")).toBeUndefined();
  });

  it("'Claimant: X' gives her the part as her role", () => {
    const doc = extract("Claimant: Nadhima Fakhri Sultan\nSubject: claim for damage to a house");
    expect(entityNamed(doc, "Nadhima Fakhri Sultan")?.role).toBe("Claimant");
  });
});
