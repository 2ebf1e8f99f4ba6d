import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * Registers the quote step once read badly: briefing transcripts, relayed statements, reported
 * speech with its time, aside or relative clause between speaker and verb — on sentences written
 * for these tests.
 */

const said = (doc: FactsDocument, kind: "direct" | "indirect") =>
  doc.quotes.filter((q) => q.kind === kind).map((q) => [q.speaker.name, q.text]);
const speakerOf = (doc: FactsDocument, words: string, kind?: "direct" | "indirect") =>
  doc.quotes.find((q) => q.text.includes(words) && (!kind || q.kind === kind))?.speaker.name ?? null;

describe("quotes in other registers", () => {
  it("reads a briefing transcript's labelled turns as the speaker's words, not the questions", () => {
    const text = [
      "Admiral Carla Munoz, commander of the task force; Major Ted Quinn, press officer",
      "MAJ. QUINN: Good morning. The admiral will take your questions.",
      "ADM. MUNOZ: Thank you. Our ships intercepted three drones over the strait on Friday.",
      "We assess that the launches came from the coast.",
      "Q: Jane Roe, Daily Post. Were any sailors hurt in the attack?",
      "ADM. MUNOZ: No sailors were hurt, and the ships remain on station.",
    ].join("\n\n");
    const doc = extract(text);
    expect(speakerOf(doc, "intercepted three drones", "direct")).toBe("Carla Munoz");
    expect(speakerOf(doc, "the launches came from the coast", "direct")).toBe("Carla Munoz");
    expect(speakerOf(doc, "No sailors were hurt", "direct")).toBe("Carla Munoz");
    expect(speakerOf(doc, "Were any sailors hurt")).toBeNull();
  });

  it("keeps a transcript paragraph of one speaker as one quote, as a quotation in marks is one", () => {
    const text = [
      "Speakers: Karwan Omer, spokesman of the council; Colonel Avan Rashid, police director.",
      "MODERATOR: Questions, please.",
      "OMER: Yes, the ministry was informed. The raid was inside the city, and the ministry knew in advance.",
      "Q (Lina Saleh, Radio Nawa): Was anyone hurt?",
      "RASHID: No. Two guards were wounded. Is that a surprise? It is not.",
    ].join("\n\n");
    const doc = extract(text);
    const omer = doc.quotes.filter((q) => q.speaker.name === "Karwan Omer");
    expect(omer.map((q) => q.text)).toEqual([
      "Yes, the ministry was informed. The raid was inside the city, and the ministry knew in advance",
    ]);
    // A question inside the turn is not the speaker's statement, and ends the run.
    expect(speakerOf(doc, "Two guards were wounded", "direct")).toBe("Avan Rashid");
    expect(doc.quotes.some((q) => q.text.includes("Is that a surprise"))).toBe(false);
  });

  it("names 'SOHR sources' by the article's words, linked to the organization they speak for", () => {
    const doc = extract(
      "According to SOHR sources, two gunmen opened fire on a checkpoint near Raqqa. The Syrian Observatory for Human Rights has documented 12 such attacks.",
    );
    const q = doc.quotes.find((x) => x.text.includes("two gunmen opened fire"));
    expect(q?.speaker.name).toBe("SOHR sources");
    expect(doc.entities.find((e) => e.id === q?.speaker.entityId)?.name).toBe(
      "Syrian Observatory for Human Rights",
    );
  });

  it("reads the numbered points under a statement's 'with the following results:' as its words", () => {
    const doc = extract(
      [
        "The Border Guards Command said in a statement that the operation ended with these results:",
        "1. The arrest of four smugglers near the crossing.",
        "2. The seizure of two trucks loaded with cigarettes.",
        "Residents said the road reopened in the evening.",
      ].join("\n\n"),
    );
    expect(speakerOf(doc, "The arrest of four smugglers", "indirect")).toBe("Border Guards Command");
    expect(speakerOf(doc, "The seizure of two trucks", "indirect")).toBe("Border Guards Command");
    expect(doc.quotes.find((q) => q.text.includes("The arrest"))?.text.startsWith("1")).toBe(false);
  });

  it("gives 'the commander of the X Division said' to the post, not to the division", () => {
    const doc = extract(
      "Troops arrested three men near the border late on Sunday, the commander of the army's 15th Division said.",
    );
    expect(speakerOf(doc, "Troops arrested three men", "indirect")).toBe(
      "commander of the army's 15th Division",
    );
  });

  it("finds the person a chain of appositions describes, and 'the group' in an unknown armed group's name", () => {
    const doc = extract(
      "Sheikh Nawaf el-Tamimi, a leader of the Jubour tribe in the Qayyarah area, south of Mosul, said that smuggling had slowed. A drone struck a car near Sinun, killing two members of the Sinuni Protection Units (SPU), according to a statement by the group.",
    );
    expect(speakerOf(doc, "smuggling had slowed", "indirect")).toBe("Nawaf el-Tamimi");
    expect(speakerOf(doc, "A drone struck a car", "indirect")).toBe("Sinuni Protection Units");
  });

  it("keeps 'a prison official there' as the source, for its reported words and its later 'he said'", () => {
    const doc = extract(
      'A prison official there, who asked not to be named, said the wing was already "full," with 900 inmates. The official worries about the halls. "We are putting strangers together," he said.',
    );
    expect(speakerOf(doc, "the wing was already", "indirect")).toBe("A prison official there");
    expect(speakerOf(doc, "We are putting strangers together", "direct")).toBe("A prison official there");
  });

  it("hears a source by the name it goes by, and a source 'close to the talks'", () => {
    const doc = extract(
      "A militia commander in the sector, who uses the name Abu Karrar al-Husseini, told local media that the attackers had night-vision goggles. A source close to the talks told reporters that the camp's future had been discussed.",
    );
    expect(speakerOf(doc, "the attackers had night-vision goggles", "indirect")).toBe(
      "Abu Karrar al-Husseini",
    );
    expect(speakerOf(doc, "the camp's future had been discussed", "indirect")).toBe(
      "A source close to the talks",
    );
  });

  it("gives 'according to a Reuters tally of SDF statements' to Reuters, in the article's words", () => {
    const doc = extract(
      "Attacks in Deir ez-Zor have killed at least 58 fighters since January, according to a Reuters tally of SDF statements.",
    );
    const q = doc.quotes.find((x) => x.text.includes("have killed at least 58"));
    expect(q?.speaker.name).toBe("Reuters tally of SDF statements");
    expect(doc.entities.find((e) => e.id === q?.speaker.entityId)?.name).toBe("Reuters");
  });

  it("leaves a radio presenter's and a correspondent's narration unquoted, and a single label alone", () => {
    const radio = extract(
      "PRESENTER (Lina Haddad): Good morning. Our top story is the fire in the camp overnight.\n\nCORRESPONDENT: The fire started late on Sunday in the western section of the camp.",
    );
    expect(said(radio, "direct")).toEqual([]);
    const note = extract("UPDATE: The ministry later said the crossing had reopened to trucks on Monday.");
    expect(said(note, "direct")).toEqual([]);
  });

  it("lets a time stand between speaker, verb and clause, and an auxiliary before a trailing verb", () => {
    const doc = extract(
      "The interior ministry on Thursday said that patrols had found two tunnels near the border. " +
        "The US military said on Monday it was monitoring the prison. " +
        "Bombings in the market killed four people, Kurdish-led authorities have said. " +
        "The governor said the following day the road would reopen.",
    );
    expect(said(doc, "indirect")).toEqual([
      ["interior ministry", "patrols had found two tunnels near the border"],
      ["US military", "it was monitoring the prison"],
      ["Kurdish-led authorities", "Bombings in the market killed four people"],
      ["The governor", "the road would reopen"],
    ]);
  });

  it("reads a plural noun and its auxiliary after 'said' as a clause, not a relative clause", () => {
    const doc = extract("Kawa Dilsoz, a spokesman for the media centre, said guards had used teargas.");
    expect(said(doc, "indirect")).toEqual([["Kawa Dilsoz", "guards had used teargas"]]);
  });

  it("takes a surname alone for the person named in full before, entity or not", () => {
    const doc = extract(
      "One of them is the son of Shabana Rafiq, a 61-year-old retired teacher from Luton. " +
        '"I found out about the riot from the news," Rafiq said. ' +
        "Ciwan Mihemed, co-chair of the Interior Body, warned that cells were active. " +
        "Mihemed said the arrested men would be referred to the courts.",
    );
    expect(speakerOf(doc, "I found out about the riot")).toBe("Shabana Rafiq");
    expect(speakerOf(doc, "the arrested men would be referred")).toBe("Ciwan Mihemed");
  });

  it("hears partners, campaigners, rights groups, an unnamed institution and a source described by a relative clause", () => {
    const doc = extract(
      "Partners report that the Annex remains largely inaccessible. " +
        "Access has become less predictable since mid-January, partners report, with additional permit checks. " +
        "Campaigners say the riot is a symptom of a system that cannot hold. " +
        "Human rights groups estimate that at least 10 of them are British. " +
        "The Lebanese presidency said in a statement that the president had called the army commander. " +
        "The two sides agreed to set up a hotline, a government official who attended the meeting said.",
    );
    expect(said(doc, "indirect")).toEqual([
      ["Partners", "the Annex remains largely inaccessible"],
      ["partners", "Access has become less predictable since mid-January"],
      ["Campaigners", "the riot is a symptom of a system that cannot hold"],
      ["Human rights groups", "at least 10 of them are British"],
      ["Lebanese presidency", "the president had called the army commander"],
      ["a government official who attended the meeting", "The two sides agreed to set up a hotline"],
    ]);
  });

  it("goes on after a mid-sentence attribution into a participle, and reads a trailing verb told at length", () => {
    const doc = extract(
      "Border guards applied the rules of engagement, the source said, killing three of the smugglers. " +
        "The woman had organized the escape of 15 families, the Asayish said in a statement read out in front of the seized weapons.",
    );
    expect(said(doc, "indirect")).toEqual([
      ["the source", "Border guards applied the rules of engagement"],
      ["the source", "killing three of the smugglers"],
      ["Asayish", "The woman had organized the escape of 15 families"],
    ]);
  });

  it("reads a passive description's agent, an appeal, a reported noun phrase and 'as X put it'", () => {
    const doc = extract(
      "The camp has long been described by U.S. officials as a breeding ground for militants. " +
        "Ciwan Mihemed said the cells were active. He called on the countries whose citizens are held there to take them back. " +
        "Night temperatures fell below freezing; health partners report a sharp rise in respiratory infections. " +
        'The question, as one intelligence officer put it, is whether the wall will be "a line or a habit" for the tribes.',
    );
    expect(speakerOf(doc, "a breeding ground for militants")).toBe("U.S. officials");
    expect(speakerOf(doc, "the countries whose citizens are held there")).toBe("Ciwan Mihemed");
    expect(speakerOf(doc, "a sharp rise in respiratory infections")).toBe("health partners");
    expect(speakerOf(doc, "a line or a habit", "direct")).toBe("one intelligence officer");
  });

  it("finds the person a described speaker is in apposition to, a listed name, and 'it' for the sentence's organization", () => {
    const doc = extract(
      "Sheikh Nawaf al-Mahlawi, a leader of the Albu Mahal tribe, whose members live on both sides, said the wall had cut families in two. " +
        "A Water, Sanitation and Hygiene Cluster spokesperson said consular help was limited. " +
        "A Foreign, Commonwealth and Development Office spokesperson said the camps were unsafe. " +
        "Syria's Interior Ministry said it had arrested smugglers in Sweida. " +
        "In January 2024, the Jordan Armed Forces carried out strikes on what it described as drug-smuggling hideouts.",
    );
    expect(speakerOf(doc, "the wall had cut families in two")).toBe("Nawaf al-Mahlawi");
    expect(speakerOf(doc, "consular help was limited")).toBe(
      "A Water, Sanitation and Hygiene Cluster spokesperson",
    );
    // A listed name the lexicon knows is its body, which the golds accept as the speaker.
    expect(speakerOf(doc, "the camps were unsafe")).toMatch(/Foreign, Commonwealth and Development Office/);
    expect(speakerOf(doc, "drug-smuggling hideouts")).toMatch(/Jordan Armed Forces/);
  });

  it("gives a report to the organization that opened the article, a relative clause to its source, and a passive judgement to its judge", () => {
    const doc = extract(
      "The Syrian Observatory for Human Rights (SOHR) documented 47 deaths in September. " +
        "The report notes that the toll is the highest since March. " +
        'Women were moved after they were considered "less dangerous" by the camp administration. ' +
        "Residents set fire to two tents, according to camp sources, who said no one was hurt. " +
        'The brother of one of the victims told reporters that the gunmen "came on motorbikes".',
    );
    expect(speakerOf(doc, "the toll is the highest since March")).toMatch(/Syrian Observatory|SOHR/);
    expect(speakerOf(doc, "less dangerous", "direct")).toBe("camp administration");
    expect(speakerOf(doc, "no one was hurt")).toBe("camp sources");
    expect(speakerOf(doc, "came on motorbikes", "direct")).toBe("brother of one of the victims");
  });

  it("passes over a reporting verb inside what a speaker said to the speaker", () => {
    const doc = extract(
      'The ministry spokesman, Muqdad Hatem al-Jubouri, said that the interrogation of the detainees had revealed "links with cells in the camp".',
    );
    expect(speakerOf(doc, "links with cells in the camp", "direct")).toBe("Muqdad Hatem al-Jubouri");
  });
});
