import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** Session 38 (quo24): teachers' honorifics, staff named in apposition, the reporter of nested words. */

const speakerOf = (doc: ReturnType<typeof extract>, words: string) =>
  doc.quotes.find((q) => q.text.includes(words))?.speaker?.name;

describe("a teacher's honorific before a name is a title, not part of the name", () => {
  it("'Mamosta Khairi Elias Qasim' is Khairi Elias Qasim, and his quotes are his", () => {
    const doc = extract(
      'Mamosta Khairi Elias Qasim has taught in this school since 2018. "Our pupils have lost enough years," he writes to the families.',
    );
    expect(entityNamed(doc, "Khairi Elias Qasim")).toBeDefined();
    expect(speakerOf(doc, "lost enough years")).toBe("Khairi Elias Qasim");
  });

  it("'Ustadh Qais Muhsin al-Hadithi' is Qais Muhsin al-Hadithi", () => {
    const doc = extract(
      'Our station manager, Ustadh Qais Muhsin al-Hadithi, asks customers not to buy fuel at the roadside. "That is our fuel, stolen twice," he says.',
    );
    expect(speakerOf(doc, "stolen twice")).toBe("Qais Muhsin al-Hadithi");
  });
});

describe("a name in apposition names a person", () => {
  it("an instructor named between commas ('Our senior instructor, Sozan Ali,') is a person who speaks", () => {
    const doc = extract(
      "Major Fuad Rashid of the traffic police came to the classroom on Saturday. Our senior instructor, Sozan Ali, has taught here for eleven years. She says she now teaches checkpoint driving first.",
    );
    expect(entityNamed(doc, "Sozan Ali")?.type).toBe("person");
    expect(speakerOf(doc, "checkpoint driving")).toBe("Sozan Ali");
  });

  it("one of a group named by a given name ('One of them, Dilshad,') is a person", () => {
    const doc = extract(
      "Three former pupils came home. One of them, Dilshad, will sit the exams with his class.",
    );
    expect(entityNamed(doc, "Dilshad")?.type).toBe("person");
  });

  it("a word that is no given name after 'One of them,' is not made a person", () => {
    const doc = extract("Two trucks were hit. One of them, Hilux, burned on the road.");
    expect(doc.entities.filter((e) => e.type === "person")).toHaveLength(0);
  });
});

describe("words quoted inside reported speech leave the reporter as the one who goes on speaking", () => {
  it("'X said the man had admitted buying them “…”. The attackers, he said, were “…”' is X's", () => {
    const doc = extract(
      "Lieutenant Colonel Muhannad Abd al-Karim of the 15th Division said the man had admitted buying the animals “for half the market price, with no questions”. The attackers, he said, were “the last Daesh remnants in the hills”.",
    );
    expect(speakerOf(doc, "last Daesh remnants")).toBe("Muhannad Abd al-Karim");
    expect(speakerOf(doc, "for half the market price")).toBe("Muhannad Abd al-Karim");
  });
});

describe("a man brought in by an indefinite phrase is the next 'he'", () => {
  it("'She remembers a young man who came in. \"…,\" he told her.' is the young man's", () => {
    const doc = extract(
      "Our pharmacist, Dr. Hevin Yousef, has worked here since 2011. \"I will not sell it,\" she says. Dr. Yousef remembers a young man who came in last winter asking for two hundred tablets. 'My uncle has a clinic in the camp,' he told her.",
    );
    expect(speakerOf(doc, "My uncle has a clinic")).toBe("a young man");
  });
});
