import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { entityNamed, extract } from "./helpers.js";

/**
 * Registers of the eighth held-out set, on sentences written for these tests: a press
 * conference whose first label carries a long description in parentheses, and a last answer
 * that runs over into a paragraph of its own.
 */

/** The speaker's name, in lower case: a name seen only in a label in capitals keeps them. */
const speakerOf = (doc: FactsDocument, words: string, kind?: "direct" | "indirect") =>
  doc.quotes.find((q) => q.text.includes(words) && (!kind || q.kind === kind))?.speaker.name.toLowerCase() ??
  null;

describe("press-conference transcript", () => {
  const text = [
    "COL. NADIR HASSOUN (spokesman, Directorate of Border Security, Ministry of Defence): Good morning. Our patrols stopped two trucks near the crossing on Friday.",
    "We found forty rifles hidden under sacks of flour in the second truck.",
    "Q (Reuters): Colonel, who owned the trucks?",
    "HASSOUN: A transport firm in the north. Its owner is being questioned by our investigators.",
    "Q (BBC): Will the crossing close?",
    "HASSOUN: No. The crossing stays open to traders.",
    "One more point. Since January our units have seized more than 300 rifles at this crossing alone.",
    "The ministry will publish its monthly figures next week.",
  ].join("\n\n");
  const doc = extract(text);

  it("reads a label whose description in parentheses is longer than the name", () => {
    expect(speakerOf(doc, "Our patrols stopped two trucks", "direct")).toBe("nadir hassoun");
    // The turn goes on in the next paragraph, up to the next label.
    expect(speakerOf(doc, "forty rifles hidden", "direct")).toBe("nadir hassoun");
    expect(speakerOf(doc, "who owned the trucks")).toBeNull();
  });

  it("carries the last answer into a following paragraph in the first person, not further", () => {
    expect(speakerOf(doc, "our units have seized more than 300 rifles", "direct")).toBe("nadir hassoun");
    expect(speakerOf(doc, "monthly figures")).toBeNull();
  });

  it("ends the last answer at a bracketed note", () => {
    const doc2 = extract(
      [
        "GEN. RANA AZIZ (commander, Western Sector): We hold the ridge.",
        "Q (AP): For how long?",
        "AZIZ: As long as we are ordered to.",
        "[End of transcript. We will publish the answers in our next issue.]",
      ].join("\n\n"),
    );
    expect(speakerOf(doc2, "As long as we are ordered", "direct")).toBe("rana aziz");
    expect(speakerOf(doc2, "publish the answers")).toBeNull();
  });
});

describe("broadcast script", () => {
  it("gives a soundbite to the speaker named in the bracketed cue before it", () => {
    const doc = extract(
      [
        "REPORTER (V/O): The market reopened this morning.",
        "[SOT – Layla Karim, shopkeeper]",
        '"We swept the glass and opened the shutters. What else can we do?"',
        "[SOUNDBITE: Colonel Aram Saleh, police]",
        '"The road is open again and patrols are doubled."',
        "ANCHOR: More at ten.",
      ].join("\n\n"),
    );
    expect(speakerOf(doc, "We swept the glass", "direct")).toBe("layla karim");
    expect(speakerOf(doc, "patrols are doubled", "direct")).toBe("aram saleh");
  });

  it("does not read a bracketed scene note as a cue", () => {
    const doc = extract(
      ["[PICTURES – market at night]", '"We swept the glass and opened the shutters."'].join("\n\n"),
    );
    expect(speakerOf(doc, "We swept the glass")).toBeNull();
  });
});

describe("constructions of speech", () => {
  it("reads words a subject names something with as its direct quote", () => {
    const doc = extract(
      'The provincial council called the blast a "cowardly crime against workers" on Sunday.',
    );
    expect(speakerOf(doc, "cowardly crime against workers", "direct")).toBe("provincial council");
    const passive = extract('The blast was called a "cowardly crime" by some.');
    expect(speakerOf(passive, "cowardly crime", "direct")).toBeNull();
  });

  it("reads a bare clause whose verb the word lexicon takes for an adjective", () => {
    const doc = extract("The ministry says the grid lost a third of its supply overnight.");
    expect(speakerOf(doc, "the grid lost a third", "indirect")).toBe("the ministry");
    // After a determiner the same word is no verb: "the lost ground" is the clause's subject.
    const np = extract("Officers said the lost ground would be retaken.");
    expect(speakerOf(np, "the lost ground would be retaken", "indirect")).toBe("officers");
  });

  it("finds the subject across an adverb of place and keeps both clauses of one telling", () => {
    const doc = extract(
      "Mechanics here tell me the pump can be repaired, and that water could flow by Friday.",
    );
    const q = doc.quotes.find((x) => x.kind === "indirect");
    expect(q?.speaker.name).toBe("Mechanics");
    expect(q?.text).toBe("the pump can be repaired, and that water could flow by Friday");
  });
});

describe("a village named like a kunya", () => {
  const text = [
    "Shells hit the villages of Tell Safra and Abu Hardan overnight, residents said.",
    "Two houses burned in Abu Hardan. Medics drove the wounded from Abu Hardan to Kobani.",
    "Nasrin Ali, a nurse in Abu Hardan, told us that the clinic had no power.",
    "We could confirm that shelling hit Abu Hardan.",
  ].join("\n\n");
  const doc = extract(text);

  it("is a place when most of its mentions read as one, and never the speaker", () => {
    expect(entityNamed(doc, "Abu Hardan")?.type).toBe("place");
    expect(speakerOf(doc, "the clinic had no power", "indirect")).toBe("nasrin ali");
  });

  it("stays a person where the mentions read as a person", () => {
    const person = extract(
      "Abu Hardan, a smuggler, was arrested on Monday. Abu Hardan told investigators that he worked alone.",
    );
    expect(entityNamed(person, "Abu Hardan")?.type).toBe("person");
  });
});

describe("social-media accounts", () => {
  it("gives what an organization's channel says to the organization", () => {
    const doc = extract(
      "The Interior Ministry's official Telegram channel said that three men were arrested in Hama.",
    );
    expect(speakerOf(doc, "three men were arrested", "indirect")).toBe("interior ministry");
  });
});
