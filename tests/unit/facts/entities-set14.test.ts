import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** Entity classes met in a translated tribal statement, on made-up text. */

describe("a tribe named by the Arabic 'Al Bu'", () => {
  it("'Albu X' and 'Al Bu X' are one tribe, an organization, with no noun after them", () => {
    const doc = extract(
      "The elders of Albu Jaber met in Hit on Sunday. Al Bu Jaber fighters guard the road to Ramadi.",
    );
    const tribe = entityNamed(doc, "Albu Jaber");
    expect(tribe?.type).toBe("organization");
    expect(entityNamed(doc, "Al Bu Jaber")).toBe(tribe);
  });

  it("a surname made from the tribe's name is no alias of the tribe", () => {
    const doc = extract(
      "The head of the council, Sheikh Salim Dawood al-Jaberi, said the tribe of Albu Jaber had lost ten men.",
    );
    expect(entityNamed(doc, "Salim Dawood al-Jaberi")?.aliases ?? []).not.toContain("Jaber");
    expect(entityNamed(doc, "Albu Jaber")?.type).toBe("organization");
  });
});

describe("a village named after its tribe", () => {
  it("'residents of Albu X' said: with a place's cue the name is the village", () => {
    const doc = extract("Residents of Albu Jaber said the blast came shortly before midnight.");
    expect(entityNamed(doc, "Albu Jaber")?.type).toBe("place");
  });
});

describe("acronyms are matched as spelt", () => {
  it("a Hijri year's 'AH' is not the militia 'AAH'", () => {
    const doc = extract("The statement was issued in Hit on 12 Rajab 1448 AH and read aloud to the elders.");
    expect(entityNamed(doc, "Asaib Ahl al-Haq")).toBeUndefined();
  });

  it("the militia's own acronym still names it", () => {
    const doc = extract("Fighters of AAH were seen near Samarra on Monday.");
    expect(entityNamed(doc, "Asaib Ahl al-Haq")).toBeDefined();
  });
});

describe("Husaybah and al-Qaim", () => {
  it("the border town is a town of its own, not another name of al-Qaim", () => {
    const doc = extract("Police in al-Qaim said the road from Husaybah to Ubaidi was closed at night.");
    const qaim = entityNamed(doc, "al-Qaim");
    const husaybah = entityNamed(doc, "Husaybah");
    expect(husaybah?.type).toBe("place");
    expect(husaybah).not.toBe(qaim);
  });
});

describe("a place opening a monitor's name", () => {
  it("'Euphrates Monitor' is a publication, not the river", () => {
    const doc = extract("The Tigris Monitor was told by telephone that two men were arrested in Ramadi.");
    expect(entityNamed(doc, "Tigris")).toBeUndefined();
    expect(entityNamed(doc, "Ramadi")).toBeDefined();
  });
});

describe("kin of someone in apposition", () => {
  it("'the father of the two men, X Y,' names a person whose name ends his sons'", () => {
    const doc = extract(
      "The family mourns its sons, Karim Jadaan Rumaih and Ali Jadaan Rumaih, who were killed on Thursday. The father of the two young men, Jadaan Rumaih, spoke briefly.",
    );
    expect(entityNamed(doc, "Jadaan Rumaih")?.type).toBe("person");
    expect(entityNamed(doc, "Jadaan Rumaih")).not.toBe(entityNamed(doc, "Karim Jadaan Rumaih"));
  });
});

describe("a resident of an al- place", () => {
  it("'resident of al-X' keeps the article with the place and makes no person of it", () => {
    const doc = extract("The accused, born 1990, resident of al-Mushahada, was arrested at his house.");
    expect(entityNamed(doc, "al-Mushahada")?.type).toBe("place");
    expect(doc.entities.some((e) => e.name.startsWith("-"))).toBe(false);
  });
});
