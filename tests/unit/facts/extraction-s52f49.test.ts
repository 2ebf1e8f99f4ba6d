import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { dated, datesOf, extract, meta } from "./helpers.js";

/**
 * Extraction readings from the forty-ninth held-out set's misses (session 52, helper f49): a name
 * right after a kinsman's noun, a release dateline giving its date in brackets, the Special
 * Rapporteur's post, a man's name of the region an English lexicon files as a woman's, "so-called"
 * before a name, "whereas, according to X, …" in a recital, a headline that asks a question,
 * and an ammunition depot going up. Each on sentences written for these tests.
 */

const names = (doc: FactsDocument) => doc.entities.map((e) => e.name);
const speakerOf = (doc: FactsDocument, words: RegExp) =>
  doc.quotes.filter((q) => words.test(q.text)).map((q) => q.speaker.name);

describe("a name right after a kinsman's noun", () => {
  it("reads 'her nephew Barakat Yunis Haji' as a person who then speaks", () => {
    const doc = extract(
      'The shop was hit at dawn. Her nephew Barakat Yunis Haji ran to help. "The roof was gone," Barakat said.',
    );
    expect(names(doc)).toContain("Barakat Yunis Haji");
    expect(speakerOf(doc, /roof was gone/)).toEqual(["Barakat Yunis Haji"]);
  });

  it("reads a name after 'their cousin' so too", () => {
    const doc = extract("Their cousin Dildar Rashow Haji was among the wounded.");
    expect(doc.entities.find((e) => e.name === "Dildar Rashow Haji")?.type).toBe("person");
  });
});

describe("a release dateline with its date in brackets", () => {
  it("reads 'GENEVA (14 March 2026) –' as the place and date of filing, not a source", () => {
    const text = [
      "GENEVA (14 March 2026) – A UN panel today asked Iraq to reopen the camp clinics it closed.",
      "",
      "The panel met returnees on Tuesday.",
    ].join("\n");
    expect(meta(text).publishedAt).toBe("2026-03-14");
    expect(meta(text).source).not.toBe("14 March 2026");
    expect(datesOf(extract(text), /met returnees/)).toEqual(["2026-03-10"]);
  });

  it("still reads a wire's agency in the brackets", () => {
    expect(
      meta("AMMAN (Levant Wire) – Gunmen attacked a border post overnight, officials said.").source,
    ).toBe("Levant Wire");
  });
});

describe("the Special Rapporteur's post", () => {
  it("resolves 'The Special Rapporteur' to the person named with the post, and makes no entity of it", () => {
    const doc = extract(
      [
        '"The schools are full," said Ingrid Solberg-Mata, the Special Rapporteur on the right to education.',
        "She visited two camps on Monday.",
        'The Special Rapporteur described the closures as "a lost year".',
      ].join(" "),
      "2026-04-02",
    );
    expect(names(doc)).not.toContain("Special Rapporteur");
    expect(speakerOf(doc, /lost year/)).toContain("Ingrid Solberg-Mata");
  });
});

describe("a man's name of the region that an English woman's name is spelled like", () => {
  it("lets the 'he' after 'Adel …' be Adel, not a man named before him", () => {
    const doc = extract(
      [
        "Samir Fadhil Kareem told reporters that the bridge had been shelled.",
        "Adel Nouri Jaafar later said the repairs would take a month.",
        "He said the contractor had already been paid.",
      ].join(" "),
    );
    expect(speakerOf(doc, /contractor had already/)).toEqual(["Adel Nouri Jaafar"]);
  });
});

describe("'so-called' before a name", () => {
  it("keeps an attack by 'the so-called' group an event, not a call", () => {
    const doc = extract(
      "On 9 June 2014 the so-called Islamic State attacked the village of Kocho and killed dozens of men.",
      "2026-06-01",
    );
    const attack = dated(doc).find((f) => /attacked the village/.test(f.text));
    expect(attack?.kind).toBe("event");
    expect(attack?.date?.value).toBe("2014-06-09");
  });
});

describe("'whereas, according to X, …' in a recital", () => {
  it("reports the clause after the phrase, not the conjunction before it", () => {
    const doc = extract(
      "C. whereas, according to the World Food Programme, some 40,000 families in Anbar lack clean water;",
    );
    const q = doc.quotes.find((x) => x.speaker.name === "World Food Programme");
    expect(q?.text).toMatch(/^some 40,000 families in Anbar lack clean water/);
  });
});

describe("a headline that asks a question", () => {
  it("prints the body's telling of the headline's happening, not the headline", () => {
    const doc = extract(
      [
        "Is the Tikrit road safe after the Friday night ambush?",
        "",
        "Gunmen fired on a bus near the Tikrit bridge on Friday night and killed its driver, police said.",
      ].join("\n"),
      "2026-05-11",
    );
    const entries = dated(doc).filter((f) => f.kind === "event");
    expect(entries.map((f) => f.text)).toEqual([expect.stringMatching(/^Gunmen fired on a bus/)]);
    expect(entries[0]?.date?.value).toBe("2026-05-08");
  });
});

describe("an ammunition depot going up", () => {
  it("reads an explosion at a weapons store and a depot fire as events of their days", () => {
    const doc = extract(
      [
        "A blast ripped through a weapons store at the Qayyarah base on Monday night.",
        "An officer said it was smaller than the depot fire near Hammam al-Alil on 3 May.",
      ].join(" "),
      "2026-06-10",
    );
    expect(datesOf(doc, /weapons store/)).toEqual(["2026-06-08"]);
    expect(datesOf(doc, /depot fire/)).toEqual(["2026-05-03"]);
  });
});

describe("letterheads in capitals of a party, a house, a station, a firm and a cell", () => {
  const headed = (head: string) =>
    extract(
      [
        head,
        "Statement (unofficial translation)",
        "Erbil, Monday 6 April 2026",
        "",
        "Gunmen fired on a car near Makhmour on Sunday.",
      ].join("\n"),
    );
  it("names the body a letterhead shouts", () => {
    expect(names(headed("ZAGROS DEMOCRATIC LABOUR PARTY · POLITBURO"))).toContain(
      "ZAGROS DEMOCRATIC LABOUR PARTY",
    );
    expect(names(headed("HAMRIN GEOPHYSICAL STATION · EVENT NOTE"))).toContain("HAMRIN GEOPHYSICAL STATION");
    expect(names(headed("ASHGROVE BELL SOLICITORS"))).toContain("ASHGROVE BELL SOLICITORS");
    expect(names(headed("DIYALA GOVERNORATE · CRISIS CELL"))).toContain("CRISIS CELL");
  });

  it("reads a civil body's noun opening its name before 'for'", () => {
    expect(names(headed("STATE COMPANY FOR RAILWAYS OF IRAQ"))).toContain(
      "STATE COMPANY FOR RAILWAYS OF IRAQ",
    );
  });
});
