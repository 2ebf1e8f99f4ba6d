import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/** Session 60 (x60) readings of quote attribution, on texts written for these tests. */

const speakerEntity = (doc: ReturnType<typeof extract>, quoteStart: string) => {
  const q = doc.quotes.find((x) => x.text.startsWith(quoteStart));
  const e = q?.speaker.entityId ? doc.entities.find((x) => x.id === q.speaker.entityId) : undefined;
  return { name: q?.speaker.name, entity: e?.name };
};

describe("an unnamed spokesperson of a body named before the noun", () => {
  it("links 'A MAG spokesperson' to the charity, keeping the words as the speaker's name", () => {
    const doc = extract(
      "A deminer of the Mines Advisory Group (MAG) was hurt near Raqqa on Monday. A MAG spokesperson said the charity's other staff were safe.",
    );
    const s = speakerEntity(doc, "the charity's other staff");
    expect(s.name).toBe("A MAG spokesperson");
    expect(s.entity).toBe("Mines Advisory Group");
  });

  it("links no body to a spokesperson of a body the text does not name", () => {
    const doc = extract(
      "A deminer was hurt near Raqqa on Monday. A police spokesperson said two other deminers were safe.",
    );
    const s = speakerEntity(doc, "two other deminers");
    expect(s.entity).toBeUndefined();
  });
});

describe("a body referred back to by the noun of its appositive", () => {
  it("reads 'the force' as the body an appositive called 'the local security force'", () => {
    const doc = extract(
      "The Asayish, the local security force in the city, said a bomb hit a patrol on Monday. According to the force, two suspects were arrested on Tuesday.",
    );
    expect(speakerEntity(doc, "two suspects were arrested").entity).toBe("Asayish");
  });

  it("finds no body where no appositive gave the noun", () => {
    const doc = extract(
      "The Asayish said a bomb hit a patrol on Monday. According to the force, two suspects were arrested on Tuesday.",
    );
    expect(speakerEntity(doc, "two suspects were arrested").entity).toBeUndefined();
  });
});

describe("a definite description by what a named person once was", () => {
  it("reads 'the former nurse' as the one person named just before", () => {
    const doc = extract(
      "Dana Price, 40, who works for a medical charity, was hurt when a shell hit a clinic near Raqqa on Monday.\n\nSpeaking from hospital on Tuesday, the former nurse told the paper that the roof had fallen in.",
    );
    const s = speakerEntity(doc, "the roof had fallen in");
    expect(s.entity).toBe("Dana Price");
  });

  it("reads no one where the sentences before name two people", () => {
    const doc = extract(
      "Dana Price and Omar Haddad were hurt when a shell hit a clinic near Raqqa on Monday.\n\nSpeaking from hospital on Tuesday, the former nurse told the paper that the roof had fallen in.",
    );
    const s = speakerEntity(doc, "the roof had fallen in");
    expect(s.entity).toBeUndefined();
  });
});

describe("a sentence opening with a relative named right after the kinship noun", () => {
  it("gives the next 'he' to the named son, not to the father the possessive stands for", () => {
    const doc = extract(
      "The headman of the village, Ali Hassan al-Jubouri, was killed on Thursday night when a bomb went off.\n\nHis son Yasser suffered burns to his hands. He said that the messages came in October.",
    );
    expect(speakerEntity(doc, "the messages came").entity).toBe("Yasser");
  });

  it("still carries 'he' back past a sentence opening with his possession", () => {
    const doc = extract(
      "The headman of the village, Ali Hassan al-Jubouri, spoke to the paper on Thursday.\n\nHis house stands near the road. He said that the messages came in October.",
    );
    expect(speakerEntity(doc, "the messages came").entity).toBe("Ali Hassan al-Jubouri");
  });
});
