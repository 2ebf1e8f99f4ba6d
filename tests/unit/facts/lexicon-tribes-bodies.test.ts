import { describe, expect, it } from "vitest";
import { LEXICON, LEXICON_VERSION } from "../../../src/core/facts/lexicon/index.js";
import { entityNamed, extract } from "./helpers.js";

/** Lexicon 1.6.0 and the bare ministry, on sentences written for these tests. */

describe("tribes, parties and bodies named without their country", () => {
  it("merges a tribe's transliterations into one organization", () => {
    const doc = extract(
      "Elders of the Uqaydat met in Hajin on Friday. The Egaidat confederation said the Baqqara and the Sheitat would attend.",
    );
    const tribes = doc.entities.filter((e) => e.lexiconId?.startsWith("org/tribe/"));
    expect(tribes.map((e) => e.name).sort()).toEqual(["Baggara", "Egaidat", "Shaitat"]);
    expect(tribes.every((e) => e.type === "organization")).toBe(true);
  });

  it("knows an MP's party and list", () => {
    const doc = extract(
      "PUK lawmaker Aram Salih and a State of Law coalition member, Faris al-Obeidi, walked out of the session.",
    );
    expect(entityNamed(doc, "Patriotic Union of Kurdistan")?.type).toBe("organization");
    expect(entityNamed(doc, "State of Law")?.type).toBe("organization");
  });

  it("reads Islamic State's weekly as a publication, and Kalar as a town of Garmiyan", () => {
    const doc = extract("The group's Naba weekly praised the attack near Kalar, the main town of Garmiyan.");
    expect(entityNamed(doc, "al-Naba")?.lexiconId).toBe("org/al-naba");
    expect(entityNamed(doc, "Kalar")?.lexiconId).toBe("place/kalar");
    expect(entityNamed(doc, "Garmiyan")?.lexiconId).toBe("place/garmiyan");
  });

  it("keeps Diban and Dhiban as one town, and the Abdulaziz mountains as one place", () => {
    const doc = extract(
      "Gunmen were seen in Diban on Monday. By Tuesday they had left Dhiban for the Abdulaziz mountains.",
    );
    expect(doc.entities.filter((e) => e.lexiconId === "place/thiban")).toHaveLength(1);
    expect(entityNamed(doc, "Abdulaziz mountains")?.type).toBe("place");
    expect(doc.entities.some((e) => e.name === "Abdulaziz")).toBe(false);
  });

  it("keeps 'Syrian government forces' as the article's spelling of the government", () => {
    const doc = extract("Syrian government forces entered the town on Sunday.");
    const gov = doc.entities.find((e) => e.lexiconId === "org/syrian-government");
    expect(gov?.surface).toBe("Syrian government forces");
  });

  it("reads a bare 'Interior Ministry' as the one country's ministry the article names", () => {
    const doc = extract(
      "Iraq's border guards were put on alert. Jordan's interior ministry said two men were arrested. On Tuesday the Interior Ministry said three more were held.",
    );
    const ministries = doc.entities.filter((e) => /interior/i.test(e.name));
    expect(ministries.map((e) => e.lexiconId)).toEqual(["org/jordanian-interior-ministry"]);
    expect(ministries[0]?.aliases).toContain("Interior Ministry");
  });

  it("leaves a bare ministry alone when two countries' ministries are named", () => {
    const doc = extract(
      "Iraq's interior ministry and Jordan's interior ministry met in Amman. The Interior Ministry said nothing more.",
    );
    const ids = doc.entities.filter((e) => /interior/i.test(e.name)).map((e) => e.lexiconId ?? e.name);
    expect(ids).toContain("org/iraqi-interior-ministry");
    expect(ids).toContain("org/jordanian-interior-ministry");
    expect(ids).toContain("Interior Ministry");
  });

  it("records the lexicon version the entries were changed in, with unique ids", () => {
    expect(LEXICON_VERSION).toBe("1.7.31");
    expect(new Set(LEXICON.map((e) => e.id)).size).toBe(LEXICON.length);
  });
});
