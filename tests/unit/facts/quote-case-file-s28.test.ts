import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Reported speech in a court file and in a briefing's assessments: the parties named by their
 * part in the case, the court's findings, a body's assessment. Sentences written for these tests.
 */

const quoteOf = (text: string, words: string, kind: "direct" | "indirect" = "indirect") =>
  extract(text).quotes.find((q) => q.kind === kind && q.text.includes(words)) ?? null;

describe("a party to a case named by its part in it", () => {
  it("gives an accused's statement to the accused", () => {
    const q = quoteOf(
      "The accused stated that he had driven a truck for the group in 2017.",
      "driven a truck",
    );
    expect(q?.speaker.name).toBe("The accused");
    expect(q?.text).toBe("he had driven a truck for the group in 2017");
  });

  it("gives an informant's and a suspect's testimony to them", () => {
    expect(
      quoteOf("The informant stated in his testimony that the two men had met at the market.", "two men")
        ?.speaker.name,
    ).toMatch(/informant/);
    expect(
      quoteOf("The suspect told investigators that he had never crossed the river.", "never crossed")?.speaker
        .name,
    ).toBe("The suspect");
  });

  it("reads the verb after a party as the clause's verb, for the participle that follows", () => {
    const text = 'The accused withdrew his confession on 9/4/2026, saying that it had been signed "in fear".';
    expect(quoteOf(text, "had been signed")?.speaker.name).toBe("The accused");
    expect(quoteOf(text, "in fear", "direct")?.speaker.name).toBe("The accused");
  });

  it("still reads 'accused' as a verb when it has an object", () => {
    const text = "The governor accused the smugglers of bribery, the statement said.";
    expect(extract(text).quotes.some((q) => q.speaker.name === "The accused")).toBe(false);
  });
});

describe("a finding or a ruling", () => {
  it("reports what a court finds or ruled", () => {
    expect(
      quoteOf("The court finds that the search was carried out lawfully.", "search was carried out")?.speaker
        .name,
    ).toMatch(/court/i);
    expect(
      quoteOf("The appeals court ruled that the seizure had been lawful.", "seizure had been"),
    ).not.toBeNull();
  });

  it("is no quote when what was found is a thing, not a clause", () => {
    expect(extract("The police found two rifles and a radio in the car.").quotes).toHaveLength(0);
  });
});

describe("an assessment by a body", () => {
  it("reports 'partners assess that' as the partners' words", () => {
    const q = quoteOf(
      'Coalition partners assess that the cells number "fewer than 300 fighters".',
      "cells number",
    );
    expect(q?.speaker.name).toBe("Coalition partners");
  });
});

describe("a speaker named in a cue or a signature", () => {
  it("gives a clip to the person its cue names after the post", () => {
    const text = [
      "[BULLETIN]",
      "",
      "The mayor spoke at the market this morning.",
      "",
      "[CLIP — the mayor of Zakho, Hisham Tawfiq al-Barwari]",
      '"We will not close the bridge. The bridge is our bread."',
    ].join("\n");
    expect(quoteOf(text, "close the bridge", "direct")?.speaker.name).toBe("Hisham Tawfiq al-Barwari");
  });

  it("gives a quotation to the person signed on the line below it after a dash", () => {
    const text = [
      "SLIDE 7 — QUOTE OF THE WEEK",
      "",
      '"The river is a border only on maps."',
      "— Brig. Gen. Salim Dawood Hasan, brigade commander, address to cadets, Rawa, 4 MAY 2026",
    ].join("\n");
    expect(quoteOf(text, "river is a border", "direct")?.speaker.name).toBe("Salim Dawood Hasan");
  });

  it("takes no dash inside a paragraph for a signature", () => {
    const text = 'He paused. "We wait for the spring" — a phrase Brig. Gen. Salim Dawood Hasan never used.';
    expect(quoteOf(text, "wait for the spring", "direct")?.speaker.name).not.toBe("Salim Dawood Hasan");
  });
});

describe("sources in a humanitarian update", () => {
  it("reads an acronym spelled like 'who' as a name, not a relative pronoun", () => {
    const text =
      'The World Health Organization (WHO) sent two kits. A WHO field officer said that the cases had "doubled in a week".';
    expect(quoteOf(text, "cases had")?.speaker.name).toBe("A WHO field officer");
  });
});

describe("'states' without 'that'", () => {
  it("reports the clause a body states", () => {
    const text = 'The Anbar axis command states the raiders carried "thermal scopes and rifles".';
    expect(quoteOf(text, "raiders carried")?.speaker.name).toMatch(/command/);
  });

  it("is no quote when what is stated is a noun phrase", () => {
    expect(
      extract("The minister stated his position on the talks, which were held in Erbil.").quotes,
    ).toHaveLength(0);
    expect(
      extract("The minister stated his position on the talks and the meeting ended.").quotes,
    ).toHaveLength(0);
  });
});

describe("a post with the name in apposition, then a second verb", () => {
  it("gives the coordinated 'and said' to the name, not the post", () => {
    const text =
      "The Diyala Operations Command's chief of staff, Brigadier General Hazem Latif al-Jubouri, praised the tribes on Monday, and said the two brigades had cleared nine villages.";
    expect(quoteOf(text, "cleared nine villages")?.speaker.name).toBe("Hazem Latif al-Jubouri");
  });
});
