import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** Offices addressed, headings, breadcrumbs and Kurdish spellings of names, on made-up text. */

describe("one ordinary noun read as a person's name", () => {
  it("an office addressed ('Chancellor, Vice-Chancellor, guests') is no person", () => {
    const doc = extract(
      "Chancellor, Vice-Chancellor, graduands and guests,\n\nI present to you Rania Yousef Haddad, who cleared the fields of Tal Keppe.",
    );
    expect(doc.entities.some((e) => e.name === "Chancellor")).toBe(false);
    expect(entityNamed(doc, "Rania Yousef Haddad")?.type).toBe("person");
  });
  it("a heading's 'Newsletter' after a role noun is no person", () => {
    const doc = extract(
      "Staff & Student Newsletter · Issue 4\n\nOur student Karwan Aziz Rashid wrote to us from Kirkuk last week.",
    );
    expect(doc.entities.some((e) => e.name === "Newsletter")).toBe(false);
    expect(entityNamed(doc, "Karwan Aziz Rashid")?.type).toBe("person");
  });
  it("a common-word surname after 'Mr' stays a person", () => {
    const doc = extract("The shop was opened by Mr Baker in 2019, residents of Zakho said.");
    expect(entityNamed(doc, "Baker")?.type).toBe("person");
  });
});

describe("a facility's common noun after a label's colon", () => {
  it("'Week 8: Prison security' names no prison", () => {
    const doc = extract(
      "Week 8 (2 March): Prison security and the Ghwayran attack. The raid on Ghwayran prison in Hasakah lasted a week.",
    );
    expect(doc.entities.some((e) => e.name === "Prison")).toBe(false);
    expect(entityNamed(doc, "Ghwayran prison")).toBeDefined();
  });
});

describe("'Sheikh' inside a Kurdish name", () => {
  it("after a given name it is part of the name, not a title before a surname", () => {
    const doc = extract(
      "Dr. Ibrahim Sheikh Mousa, a former health worker in the camp, will speak in week 5. Dr. Mousa said the boys were the danger.",
    );
    const person = entityNamed(doc, "Ibrahim Sheikh Mousa");
    expect(person?.type).toBe("person");
    expect(doc.entities.filter((e) => e.type === "person")).toHaveLength(1);
  });
  it("before a full name it is still a title", () => {
    const doc = extract("Sheikh Ahmed Saleh al-Karbouli asked the tribe to hand over the weapons.");
    expect(entityNamed(doc, "Ahmed Saleh al-Karbouli")?.type).toBe("person");
  });
});

describe("a breadcrumb trail", () => {
  it("its category steps are no organizations", () => {
    const doc = extract(
      "shop-erbil.iq › Home & Garden › Solar panels\n\nThe panel ships from Erbil within two days, said the seller, Dara Salih.",
    );
    expect(doc.entities.some((e) => e.name.includes("Home & Garden"))).toBe(false);
    expect(entityNamed(doc, "Erbil")).toBeDefined();
  });
});

describe("a surname in Kurdish Latin spelling", () => {
  it("'Shexmus' is the 'Sheikhmous' named before ('x' for 'kh')", () => {
    const doc = extract(
      "Our new teacher, Ms Narin Sheikhmous, came to us from Qamishli. In her home town, Ms Shexmus taught English for eight years.",
    );
    const people = doc.entities.filter((e) => e.type === "person");
    expect(people).toHaveLength(1);
    expect(people[0]?.aliases).toContain("Shexmus");
  });
});

describe("a periodical's masthead", () => {
  it("a name the next segment calls a quarterly is the publication, no body", () => {
    const doc = extract(
      "THE REED & RIVER · A quarterly for anglers\n\nThe season on the Tigris opened late, said Rebwar Hassan Ali of Mosul.",
    );
    expect(doc.entities.some((e) => e.name.includes("REED & RIVER"))).toBe(false);
    expect(entityNamed(doc, "Rebwar Hassan Ali")?.type).toBe("person");
  });
  it("a firm's name before a segment that is no periodical stays a body", () => {
    const doc = extract(
      "Carrow & Lisle · London\n\nThe auction house Carrow & Lisle withdrew the lot on Monday.",
    );
    expect(entityNamed(doc, "Carrow & Lisle")?.type).toBe("organization");
  });
});

describe("a plan's title", () => {
  it("'Programme for <place>' titles a document, not a body", () => {
    const doc = extract(
      "TIGRIS RENEWAL MOVEMENT\nOur Programme for Nineveh · Manifesto for the provincial elections\n\nGunmen attacked a farm near Badush on Monday.",
    );
    expect(doc.entities.some((e) => e.name.includes("Programme"))).toBe(false);
    expect(entityNamed(doc, "Nineveh")).toBeDefined();
  });
});
