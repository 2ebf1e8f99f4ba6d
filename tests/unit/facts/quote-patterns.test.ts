import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * Attribution patterns seen in wire copy, features, monitors' reports and statements, on
 * sentences written for these tests.
 */

const said = (doc: FactsDocument, kind: "direct" | "indirect") =>
  doc.quotes.filter((q) => q.kind === kind).map((q) => [q.speaker.name, q.text]);
const speakerOf = (doc: FactsDocument, words: string) =>
  doc.quotes.find((q) => q.text.includes(words))?.speaker.name ?? null;

describe("quote patterns", () => {
  it("keeps a British single quotation over several sentences whole, and splits sentences at a straight opening single quote", () => {
    const text =
      "Farmer Yusuf Karim walked the field at dawn. 'The river came at night. We lost the wheat,' he said. He did not look back.";
    const doc = extract(text);
    expect(said(doc, "direct")).toEqual([["Yusuf Karim", "The river came at night. We lost the wheat"]]);
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toContain("He did not look back.");
  });

  it("tells a plural possessive from a closing single quote when another quotation follows", () => {
    const doc = extract(
      "Spokesman Tariq Hadi said the police had 'closed three workshops' in the old city and the market was 'quiet again'.",
    );
    expect(said(doc, "direct").map(([, t]) => t)).toEqual(["closed three workshops", "quiet again"]);
  });

  it("reads an attribution between commas, before or inside what is said", () => {
    const doc = extract(
      "Gunmen shot dead a village guard near Hawija on Friday, a local official said, the third such killing this month. " +
        "The new checkpoints, the governor said, would stay until the harvest.",
    );
    expect(said(doc, "indirect")).toEqual([
      ["a local official", "Gunmen shot dead a village guard near Hawija on Friday"],
      // A tag between subject and predicate: what is reported is the predicate after the tag, as
      // the blind annotations of such sentences give it (281 "had been patient", 292).
      ["the governor", "would stay until the harvest"],
    ]);
  });

  it("finds the speaker after a quote through an apposition or a title's period", () => {
    const doc = extract(
      '"The wells are dry," the council\'s chairman, Salim Obeid, told reporters. "We drink from trucks," said Col. Nabil Fares, the district commander.',
    );
    expect(said(doc, "direct")).toEqual([
      ["Salim Obeid", "The wells are dry"],
      ["Nabil Fares", "We drink from trucks"],
    ]);
  });

  it("keeps anonymous sources in the article's words, through relative clauses and participles", () => {
    const doc = extract(
      "An elder of the Jubur tribe in Qayyarah, who asked not to be named, said the raids had stopped. " +
        "A member of the district council, speaking by phone, disputed that, saying there had been 'two raids last week'.",
    );
    expect(speakerOf(doc, "the raids had stopped")).toBe("An elder of the Jubur tribe in Qayyarah");
    expect(speakerOf(doc, "two raids last week")).toBe("A member of the district council");
  });

  it("gives 'he said' to an unnamed official who opened the sentence before", () => {
    const doc = extract(
      "Minister Adel Sabri promised new patrols. A police officer in Tikrit was less sure. 'We have four cars,' he said.",
    );
    expect(speakerOf(doc, "We have four cars")).toBe("A police officer in Tikrit");
  });

  it("keeps a capitalised name the entity step did not know", () => {
    const doc = extract("'We sleep in shifts,' said Umm Salim, a mother of five.");
    expect(speakerOf(doc, "We sleep in shifts")).toBe("Umm Salim");
  });

  it("does not read 'the reports' as a speech verb, and gives an appeal to whoever made it", () => {
    const doc = extract(
      'The Iraqi Foreign Ministry said it was studying the reports and called for "restraint on both sides".',
    );
    expect(speakerOf(doc, "restraint on both sides")).toMatch(/Foreign Ministry|Ministry of Foreign Affairs/);
  });

  it("reads coordinated speech verbs, listeners without 'that', and descriptions by a source", () => {
    const doc = extract(
      "The provincial police did not name the suspects but said in a statement that they had crossed from Syria. " +
        "Mayor Hana Jalil told the BBC the bridge would reopen. " +
        "Two men were arrested, whom residents described as smugglers.",
    );
    expect(speakerOf(doc, "they had crossed from Syria")).toMatch(/police/i);
    expect(speakerOf(doc, "the bridge would reopen")).toBe("Hana Jalil");
    expect(speakerOf(doc, "smugglers")).toBe("residents");
  });

  it("reads 'according to' figures by their source, and keeps a short unnamed source", () => {
    const doc = extract(
      "Most of the fires were set at night, according to figures released by the civil defence directorate. " +
        "The convoy carried fuel, according to early reports.",
    );
    expect(speakerOf(doc, "Most of the fires")).toBe("civil defence directorate");
    expect(speakerOf(doc, "The convoy carried fuel")).toBe("early reports");
  });

  it("reads findings of an inquiry and a country speaking for its government", () => {
    const doc = extract(
      "The interrogations showed that the cell had bought the drones abroad. Ankara has said it will not accept new camps.",
    );
    expect(speakerOf(doc, "bought the drones abroad")).toBe("The interrogations");
    expect(speakerOf(doc, "it will not accept new camps")).toMatch(/Ankara|Turkey/);
  });

  it("reads a pledge and an accusation as the subject's statement, but not one told in a relative clause", () => {
    const doc = extract(
      "The governor has pledged to reopen the market. Baghdad has for years accused smugglers of arming the gangs. " +
        "Farmers fled the gunmen who accused them of informing.",
    );
    expect(speakerOf(doc, "to reopen the market")).toBe("The governor");
    expect(speakerOf(doc, "smugglers of arming the gangs")).toBe("Baghdad");
    expect(speakerOf(doc, "informing")).toBeNull();
  });

  it("reads no clause into a speech verb's object", () => {
    const doc = extract(
      "Islamic State claimed the bombing through its news channel, saying its men had planted two mines.",
    );
    expect(doc.quotes.map((q) => q.text)).toEqual(["its men had planted two mines"]);
  });
});
