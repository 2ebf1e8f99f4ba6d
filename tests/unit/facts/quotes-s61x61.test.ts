import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/** Session 61 (x61) readings of quote attribution, on texts written for these tests. */

const speakerOf = (doc: ReturnType<typeof extract>, quoteStart: string) => {
  const q = doc.quotes.find((x) => x.text.includes(quoteStart));
  const e = q?.speaker.entityId ? doc.entities.find((x) => x.id === q.speaker.entityId) : undefined;
  return { found: q !== undefined, name: q?.speaker.name, entity: e?.name };
};

describe("a body's media office, owned by 'its' or by the body's common noun", () => {
  it("reads 'Its media office' after a sentence the body speaks in as the body", () => {
    const doc = extract(
      'The Peshmerga said in a statement that the raid near Kifri had targeted a cell. Its media office described the men as "couriers for the cell in the valley".',
    );
    expect(speakerOf(doc, "couriers for the cell").entity).toBe("Peshmerga");
  });

  it("reads 'the force's media office' as the body its sentence names", () => {
    const doc = extract(
      "The Ministry of Health said the wounded were in hospital. Sunday: The Federal Police arrested three men near Samarra and seized a mortar, according to the force's media office.",
    );
    expect(speakerOf(doc, "arrested three men").entity).toBe("Federal Police");
  });

  it("keeps a place's media office in the article's words, no body of it", () => {
    const doc = extract(
      "Gunmen attacked a checkpoint near Kirkuk on Sunday. The governorate's media office said that two guards were wounded and that the road was closed.",
    );
    const s = speakerOf(doc, "two guards were wounded");
    expect(s.found).toBe(true);
    expect(s.entity).toBeUndefined();
  });

  it("links no body when 'its' can only be a place or a thing", () => {
    const doc = extract(
      "Rain closed the road near Kirkuk on Sunday. Its media office said that the road would open by noon.",
    );
    expect(speakerOf(doc, "the road would open").entity).toBeUndefined();
  });
});

describe("a figure given 'by the count of' a named source", () => {
  it("reads ', by the count of the Observatory,' as 'according to' the Observatory", () => {
    const doc = extract(
      "Gunmen have killed 41 people in Raqqa province since January, by the count of the Syrian Observatory for Human Rights, but none in the city itself.",
    );
    const s = speakerOf(doc, "Gunmen have killed 41 people");
    expect(s.entity).toBe("Syrian Observatory for Human Rights");
  });

  it("reads no source in a count of things that names no one", () => {
    const doc = extract("Turnout rose, by the count of the ballots, to 40 per cent in Kirkuk.");
    expect(doc.quotes).toHaveLength(0);
  });

  it("reads no source in a passive's agent: 'confirmed by the tally of'", () => {
    const doc = extract("The result was confirmed by the tally of the Electoral Commission on Monday.");
    expect(doc.quotes).toHaveLength(0);
  });
});

describe("a bare 'a spokesperson' right after a sentence whose subject is a named body", () => {
  it("links the spokesperson to the body the sentence before is about, keeping the words", () => {
    const doc = extract(
      "The Ministry of Health closed the clinic in Kirkuk on Monday. A spokesman said it would reopen next week.",
    );
    const s = speakerOf(doc, "it would reopen");
    expect(s.name).toBe("A spokesman");
    expect(s.entity).toBe("Ministry of Health");
  });

  it("links no body after a sentence about people", () => {
    const doc = extract(
      "Gunmen attacked the post near Kirkuk on Monday. A spokesman said two guards were wounded.",
    );
    expect(speakerOf(doc, "two guards were wounded").entity).toBeUndefined();
  });

  it("links no body across a paragraph break", () => {
    const doc = extract(
      "The Ministry of Health closed the clinic in Kirkuk on Monday.\n\nA spokesman said the road to the town was open.",
    );
    expect(speakerOf(doc, "the road to the town").entity).toBeUndefined();
  });
});
