import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { entityNamed, extract } from "./helpers.js";

/** Speakers the thirty-ninth held-out set read badly, on sentences written for these tests. */

const speakerOf = (doc: FactsDocument, words: string, kind?: "direct" | "indirect") =>
  doc.quotes.find((q) => q.text.includes(words) && (!kind || q.kind === kind))?.speaker.name ?? null;

describe("speakers of set 39's registers", () => {
  it("keeps a town's name closing a given name and a father's name inside the person's name", () => {
    const doc = extract(
      'Dilan Aziz Hama, an MP from Sulaimaniyah, said the base had been warned. "Nobody listened," Hama said.',
    );
    expect(entityNamed(doc, "Dilan Aziz Hama")?.type).toBe("person");
    expect(speakerOf(doc, "the base had been warned", "indirect")).toBe("Dilan Aziz Hama");
    expect(speakerOf(doc, "Nobody listened", "direct")).toBe("Dilan Aziz Hama");
    // A town after two words that are no person's names stays a town.
    expect(entityNamed(doc, "Sulaimaniyah")?.type).toBe("place");
  });

  it("gives a statement read out by someone a few words on to the one who read it", () => {
    const doc = extract(
      "The committee's chairman, Adel Nouri al-Tai, met the officers. Two rockets hit the depot, according to a statement read to the committee by its chairman.",
    );
    expect(speakerOf(doc, "Two rockets hit the depot", "indirect")).not.toMatch(/statement/);
  });

  it("does not look for the statement's maker past the end of the 'according to' phrase", () => {
    const doc = extract(
      'Police arrested a man in Hawija. According to the statement, he "collected money from shepherds by threat" in the villages.',
    );
    expect(speakerOf(doc, "collected money from shepherds", "indirect")).not.toBe("threat");
    expect(speakerOf(doc, "collected money from shepherds", "indirect")).not.toBeNull();
  });

  it("keeps the officials at a place as the source when an aside follows the place", () => {
    const doc = extract(
      "Officials at the Rabia crossing, in Nineveh, say they turned back six trucks on Monday.",
    );
    expect(speakerOf(doc, "they turned back six trucks", "indirect")).toBe("Officials at the Rabia crossing");
  });

  it("gives the words of a named man's office to the office, not to the man", () => {
    const doc = extract(
      "The director, Ahmed Saleh Berwari, spoke to us. Mr Berwari's office says checks will be doubled until the harvest ends.",
    );
    expect(speakerOf(doc, "checks will be doubled", "indirect")).toBe("Mr Berwari's office");
  });

  it("reads 'according to' after a conjunction opening the sentence", () => {
    const doc = extract(
      "And according to the customs office here, 61 smuggling attempts have been stopped at the crossing since May.",
    );
    expect(speakerOf(doc, "61 smuggling attempts have been stopped", "indirect")).toBe("customs office");
  });

  it("keeps a spokesman for a command, after a fronted time and before an aside, as the source", () => {
    const doc = extract(
      'After the interview, a spokesman for the Kirkuk Operations Command, reached by phone, said the withdrawal "followed a plan".',
    );
    expect(speakerOf(doc, "the withdrawal", "indirect")).toBe(
      "a spokesman for the Kirkuk Operations Command",
    );
  });

  it("keeps where a bare 'an officer' was quoted, but not after a source a modifier already describes", () => {
    const doc = extract(
      "An officer quoted by state television said the driver had confessed. A Saudi official quoted by state media said the kingdom would wait.",
    );
    expect(speakerOf(doc, "the driver had confessed", "indirect")).toBe(
      "An officer quoted by state television",
    );
    expect(speakerOf(doc, "the kingdom would wait", "indirect")).toBe("A Saudi official");
  });

  it("reads units or officials near a place as a placed source", () => {
    const doc = extract("Army units near al-Tanf said on Monday they had intercepted a lorry carrying fuel.");
    expect(speakerOf(doc, "they had intercepted a lorry", "indirect")).toBe("Army units near al-Tanf");
  });

  it("does not read a noun of warning at a sentence's end as the verb of a trailing tag", () => {
    const doc = extract("The civil defence, which the post cites, said it had issued no flood warning.");
    expect(speakerOf(doc, "it had issued no flood warning", "indirect")).toBe("civil defence");
  });

  it("opens a told clause at a quantifier whose noun has an auxiliary after it", () => {
    const doc = extract(
      "Residents of the town, which lies beside the dam, told us some families had slept in their cars. Officials told us some stories about the dam.",
    );
    expect(speakerOf(doc, "some families had slept in their cars", "indirect")).toBe("Residents of the town");
    expect(speakerOf(doc, "stories about the dam")).toBeNull();
  });

  it("reads a name in marks after 'calling itself' as a name, not a quotation", () => {
    const doc = extract('An account calling itself "Raqqa Now 24" posted a video of the dam on Sunday.');
    expect(doc.quotes.some((q) => q.text.includes("Raqqa Now 24"))).toBe(false);
  });

  it("carries a man's 'he' across a paragraph whose sentence opens with a span of time and 'his'", () => {
    const text = [
      "Sheikh Nawaf Ghazi al-Shammari receives visitors in a long tent. Everyone here calls him Abu Ghazi.",
      'For two decades his clan has lived on both sides of the line. They moved things. "My father smuggled tea," he says.',
    ].join("\n\n");
    expect(speakerOf(extract(text), "My father smuggled tea", "direct")).toBe("Abu Ghazi");
  });

  it("reads 'told local media' as a telling with its listener, the clause after it", () => {
    const doc = extract('A ministry official told local media the arrests were "the start, not the end".');
    expect(speakerOf(doc, "the arrests were", "indirect")).toBe("A ministry official");
  });

  it("gives 'they' opening a sentence to the plural source the sentence before opened with", () => {
    const text = [
      "According to the ministry, 2,000 people have returned since 2021.",
      "4. Protection partners interviewed 640 households in the centre. They found that 38 per cent of them lacked a civil document.",
    ].join("\n\n");
    expect(speakerOf(extract(text), "38 per cent of them", "indirect")).toBe("Protection partners");
    // A sentence before that quoted someone keeps "they" for its speakers.
    const quoted = extract(
      "Local officials said the road was shut. They added that it would reopen on Friday.",
    );
    expect(speakerOf(quoted, "it would reopen", "indirect")).toBe("Local officials");
  });
});

describe("messages read out by another", () => {
  it("gives what a message warns to the one who posted it, not to the one who read it out", () => {
    const doc = extract(
      'Ali Hassan Jabbar, an MP for Anbar, read aloud a message he said had been posted by a faction on Telegram on Monday, which warned that "the bases will stay under fire".',
    );
    expect(speakerOf(doc, "the bases will stay under fire", "direct")).toBe("a faction");
  });
});

describe("posts published by an account", () => {
  it("gives a post's words to the account an aside says published it, by the name it calls itself", () => {
    const doc = extract(
      "A post shared 9,000 times, first published by an account calling itself \"Raqqa Now 24\", says: 'Urgent: the dam was hit by a drone at dawn.' Copies circulated.",
    );
    expect(speakerOf(doc, "Urgent: the dam was hit", "direct")).toBe("Raqqa Now 24");
  });
});

describe("entities of set 39's registers", () => {
  it("makes the administration of a camp named right before it, though the article is about another camp", () => {
    const doc = extract(
      "Returnees left Al-Hol camp for the Jeddah 1 camp. The Jeddah 1 camp holds 2,000 people; Jeddah 1 camp staff said more would come. On the Syrian side, the Al-Hol camp administration said departures were continuing.",
    );
    expect(entityNamed(doc, "Al-Hol camp administration")?.type).toBe("organization");
  });

  it("makes the name in marks an account calls itself an organization", () => {
    const doc = extract('An account calling itself "Raqqa Now 24" posted a video of the dam on Sunday.');
    expect(entityNamed(doc, "Raqqa Now 24")?.type).toBe("organization");
    // A quoted word that is no name stays out.
    expect(entityNamed(extract('A page calling itself "the truth" posted it.'), "the truth")).toBeUndefined();
  });
});
