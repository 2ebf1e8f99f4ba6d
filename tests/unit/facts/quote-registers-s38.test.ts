import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * Quotes in the registers of session 38 — requests told in the writer's words, a listener
 * before the clause told, a tag after a fronted clause, a colon after a clause with no verb of
 * saying, posts named by a title or a credit, a letter's "you" — on sentences written for these
 * tests.
 */

const article = (body: string) =>
  `Saturday 14 March 2026\n\nA short note of narration opens the page.\n\n${body}\n\nThe page ends here.`;

const quoteOf = (doc: FactsDocument, words: string, kind?: "direct" | "indirect") =>
  doc.quotes.find((q) => q.text.includes(words) && (!kind || q.kind === kind));
const speakerOf = (doc: FactsDocument, words: string, kind?: "direct" | "indirect") => {
  const q = quoteOf(doc, words, kind);
  const entity = doc.entities.find((e) => e.id === q?.speaker.entityId);
  return entity?.name ?? q?.speaker.name;
};

describe("a request told in the writer's words", () => {
  it("reads 'asks every family to', 'asked shepherds not to' and 'asked truck drivers to'", () => {
    const doc = extract(
      article(
        [
          "The mayor, Karim Hadi Salman, spoke after the prayers.",
          "He asks every household to keep its lights on after dark.",
          "He also asked shepherds not to take their flocks past the old quarry.",
          "The district council has asked truck drivers to wait for the escort at the checkpoint.",
        ].join(" "),
      ),
    );
    expect(speakerOf(doc, "every household to keep its lights on", "indirect")).toBe("Karim Hadi Salman");
    expect(speakerOf(doc, "shepherds not to take their flocks", "indirect")).toBe("Karim Hadi Salman");
    expect(quoteOf(doc, "truck drivers to wait for the escort", "indirect")).toBeDefined();
  });

  it("keeps a request quoted from its 'to' as both the report and the words", () => {
    const doc = extract(
      article(
        'The head of the water board, Dr Salwa Aziz Mahdi, asks residents "to boil every litre they drink until the pipes are clean".',
      ),
    );
    expect(quoteOf(doc, 'residents "to boil every litre', "indirect")?.speaker.name).toBe("Salwa Aziz Mahdi");
    expect(
      quoteOf(doc, "to boil every litre they drink until the pipes are clean", "direct")?.speaker.name,
    ).toBe("Salwa Aziz Mahdi");
  });

  it("still reads no request in 'asked not to be named' or 'asked about the road'", () => {
    const doc = extract(
      article(
        "A driver, who asked not to be named, said the road was shut. The reporter asked about the road.",
      ),
    );
    expect(quoteOf(doc, "not to be named")).toBeUndefined();
    expect(quoteOf(doc, "about the road")).toBeUndefined();
  });
});

describe("a listener before the clause told", () => {
  it("reads 'told the station staff the men had said, \"...\"' as the teller's report, the words the men's", () => {
    const doc = extract(
      article(
        'Gunmen stopped the night bus on Friday. His brother told the depot staff the men had said, "Nobody drives this road after dark."',
      ),
    );
    expect(quoteOf(doc, "the men had said", "indirect")?.speaker.name).toBe("His brother");
    expect(quoteOf(doc, "Nobody drives this road after dark", "direct")?.speaker.name).toBe("the men");
  });

  it("passes over the time of the telling before 'that'", () => {
    const doc = extract(
      article(
        "Colonel Hamid Jasim Farhan told the traders of the old market at a meeting on Tuesday that the patrols would double.",
      ),
    );
    expect(quoteOf(doc, "the patrols would double", "indirect")?.speaker.name).toBe("Hamid Jasim Farhan");
  });

  it("reads no clause in 'told the story the way ...'", () => {
    const doc = extract(article("Ali Kareem Hassan told the story the way his father used to tell it."));
    expect(quoteOf(doc, "the way his father")).toBeUndefined();
  });
});

describe("a tag after a fronted clause", () => {
  it("reports the main clause after the tag, not the fronted 'Since ...' clause", () => {
    const doc = extract(
      article(
        "The Border Guards Command opened the crossing to the press. Since the new towers went up in 2024, the Command says, smuggling on this stretch has halved.",
      ),
    );
    const q = quoteOf(doc, "smuggling on this stretch has halved", "indirect");
    expect(q?.text.startsWith("smuggling")).toBe(true);
    expect(quoteOf(doc, "Since the new towers went up")).toBeUndefined();
  });
});

describe("a quotation after a colon that closes a clause with no verb of saying", () => {
  it("gives the words to the person the clause is about", () => {
    const doc = extract(
      article(
        [
          "Our reviewer, Layla Hamid Saleh, gives the book four stars: ‘Read it slowly, and read it twice.’",
          'Farid Karim Aziz wrote the play in prison. On the ending he is firm: "Nobody is saved, and nobody should be."',
        ].join(" "),
      ),
    );
    expect(speakerOf(doc, "Read it slowly, and read it twice", "direct")).toBe("Layla Hamid Saleh");
    expect(speakerOf(doc, "Nobody is saved, and nobody should be", "direct")).toBe("Farid Karim Aziz");
  });

  it("does not give the words of a letter the clause is about to the one who got it", () => {
    const doc = extract(
      article('Omar Saleh Ahmed is angry about the letter: "Your shop will close on Sunday."'),
    );
    expect(quoteOf(doc, "Your shop will close on Sunday")?.speaker.name).not.toBe("Omar Saleh Ahmed");
  });
});

describe("a post named by a title or a credit", () => {
  it("reads 'the coach' and 'the hajji' as the person so titled before", () => {
    const doc = extract(
      article(
        [
          "Coach Samir Adel Yunis kept the team in the dressing room.",
          '"We play for the town today," the coach said.',
          "Hajji Mahmoud Salih Ahmad has run the bakery since 1998.",
          "The hajji says he has never closed for a single day.",
        ].join(" "),
      ),
    );
    expect(speakerOf(doc, "We play for the town today", "direct")).toBe("Samir Adel Yunis");
    expect(speakerOf(doc, "he has never closed for a single day", "indirect")).toBe("Mahmoud Salih Ahmad");
  });

  it("leaves a post the role search reads to it: 'the judge' is not any man titled Judge", () => {
    const doc = extract(
      article(
        [
          "Presiding judge Karim Saleh Obeid opened the hearing.",
          "The public prosecutor, Judge Adnan Fadhil Jasim, asked for the maximum sentence.",
          'The judge said the court "hears every complaint".',
        ].join(" "),
      ),
    );
    expect(speakerOf(doc, "hears every complaint", "direct")).toBe("Karim Saleh Obeid");
  });

  it("reads 'the director' as the one a credit line names", () => {
    const doc = extract(
      `THE LONG ROAD (2025)\nDirected by Hana Aziz Karim · 72 min\n\nThe film follows three drivers.\n\nThe director, who drove the route herself, says the checkpoints "are the real characters".\n`,
    );
    expect(speakerOf(doc, "are the real characters", "direct")).toBe("Hana Aziz Karim");
  });
});

describe("a body's name with the word for its office", () => {
  it("reads 'the Civil Defence Directorate in Basra' as the Civil Defence", () => {
    const doc = extract(
      article(
        "The Civil Defence Directorate in Basra says its teams put out 12 fires in the port last week.",
      ),
    );
    const q = quoteOf(doc, "its teams put out 12 fires", "indirect");
    const entity = doc.entities.find((e) => e.id === q?.speaker.entityId);
    expect(entity?.type).toBe("organization");
    expect(entity?.name).toMatch(/Civil Defence/);
  });
});

describe("a letter's reader and sources", () => {
  const letter = [
    "To: Dr Miriam Clarke, School of Law",
    "",
    "Dear Dr Clarke,",
    "",
    "The Board considered your proposal on Thursday.",
    "",
    "You state that all interviews will be held in public places. The Board accepts this. In your reply you also write: 'The district officer told me the town is calm.'",
    "",
    "The Board also noted a report from the provincial police that two shops were burned near the market last month. Your local partner, the Basra-based Amal Foundation, confirmed that its staff would travel with the team.",
    "",
    "Since January, 400 families have returned to the district, according to figures you supplied.",
  ].join("\n");
  const doc = extract(letter);

  it("reads the 'you' of a letter as the one its salutation greets", () => {
    expect(speakerOf(doc, "all interviews will be held in public places", "indirect")).toMatch(/Clarke$/);
    expect(speakerOf(doc, "The district officer told me the town is calm", "direct")).toMatch(/Clarke$/);
    expect(
      doc.quotes.some((q) => q.text.includes("400 families have returned") && /Clarke$/.test(q.speaker.name)),
    ).toBe(true);
  });

  it("gives a report's clause to the source it names and a description's words to the body in apposition", () => {
    expect(speakerOf(doc, "two shops were burned near the market", "indirect")).toBe("provincial police");
    expect(speakerOf(doc, "its staff would travel with the team", "indirect")).toBe("Amal Foundation");
  });
});

describe("tags led in by 'as', and a count owned by its maker", () => {
  it("reads '..., as X told us, was ...' and \"'...,' as X told our reporter\" as X's words", () => {
    const doc = extract(
      article(
        [
          "What happened at the gate, as the camp's security chief told us, was simple: a truck was stopped and searched.",
          "When a witness says Daesh, keep it inside the quote: 'Daesh men came at night and took the sheep,' as Captain Salem Hadi Nouri told our stringer on Monday.",
        ].join(" "),
      ),
    );
    expect(quoteOf(doc, "a truck was stopped and searched", "indirect")?.speaker.name).toMatch(
      /security chief/,
    );
    expect(speakerOf(doc, "Daesh men came at night and took the sheep", "direct")).toBe("Salem Hadi Nouri");
    expect(quoteOf(doc, "keep it inside the quote")).toBeUndefined();
  });

  it("gives a sentence ending ', by the ministry's count' to the ministry", () => {
    const doc = extract(
      article(
        "The Ministry of Migration said 900 people returned in March. Since 2022 about 11,000 families have come back, by the ministry's count.",
      ),
    );
    expect(speakerOf(doc, "about 11,000 families have come back", "indirect")).toMatch(
      /Ministry of Migration/,
    );
  });
});
