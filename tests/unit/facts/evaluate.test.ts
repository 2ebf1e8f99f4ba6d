import { describe, expect, it } from "vitest";
import { evaluateFacts, summarizeScores } from "../../../bench/extraction/evaluate.js";
import { GoldArticle } from "../../../bench/extraction/gold.js";
import type { Entity, FactsDocument } from "../../../src/core/facts/schema.js";

const entity = (id: string, name: string, aliases: string[] = []): Entity => ({
  id,
  type: "organization",
  name,
  aliases,
  mentions: [],
});

const doc = (entities: Entity[], quotes: FactsDocument["quotes"] = []): FactsDocument => ({
  schemaVersion: 1,
  extractor: { name: "test", version: "0" },
  origin: "machine",
  article: { id: "a", title: "a", publishedAt: null },
  sentences: [],
  entities,
  quotes,
  facts: [],
});

const gold = GoldArticle.parse({
  article: "a.txt",
  entities: [
    { type: "organization", names: ["Islamic State", "ISIS", "Daesh"], required: true },
    { type: "organization", names: ["Al-Hurra", "Al-Hura"], required: true },
    { type: "place", names: ["Türkiye", "Turkey"], required: false },
  ],
  quotes: [{ speaker: ["Safaa al-Aasm", "Al-Assaam"], kind: "direct", text: "limit the smuggling of drugs" }],
});

describe("evaluateFacts", () => {
  it("counts an entity right when its name or an alias matches any gold spelling, ignoring case, diacritics and punctuation", () => {
    const score = evaluateFacts(
      doc([
        entity("e1", "Daesh"),
        entity("e2", "Alhurra"),
        entity("e3", "turkiye"),
        entity("e4", "Nowhere Corp"),
      ]),
      gold,
    );
    expect(score.entities).toMatchObject({
      extracted: 4,
      correct: 3,
      precision: 0.75,
      recall: 1,
      spurious: ["Nowhere Corp (organization)"],
    });
  });

  it("counts recall over required gold entities only, and reports split entities", () => {
    const score = evaluateFacts(doc([entity("e1", "ISIS"), entity("e2", "Islamic State")]), gold);
    expect(score.entities).toMatchObject({ recall: 0.5, duplicates: 1, missing: ["Al-Hurra"] });
  });

  it("finds a quote by its words and checks the speaker through the speaker's entity", () => {
    const speaker = { ...entity("e1", "Safaa al-Aasm", ["Al-Assaam"]), type: "person" as const };
    const quote = (entityId: string | null, name: string) => ({
      id: "q1",
      speaker: { entityId, name },
      text: "limit the smuggling of drugs, weapons",
      kind: "direct" as const,
      modality: "asserted" as const,
      sentence: 0,
      start: 0,
      end: 10,
    });
    expect(evaluateFacts(doc([speaker], [quote("e1", "Safaa al-Aasm")]), gold).quotes).toMatchObject({
      found: 1,
      attributed: 1,
    });
    expect(evaluateFacts(doc([speaker], [quote(null, "a source")]), gold).quotes).toMatchObject({
      found: 1,
      attributed: 0,
    });
    expect(
      evaluateFacts(doc([speaker], [{ ...quote("e1", "x"), kind: "indirect" }]), gold).quotes.found,
    ).toBe(0);
  });

  it("sums scores over articles, every entity counting once", () => {
    const a = evaluateFacts(doc([entity("e1", "ISIS"), entity("e2", "Al-Hurra")]), gold);
    const b = evaluateFacts(doc([entity("e1", "ISIS"), entity("e2", "Foo"), entity("e3", "Bar")]), gold);
    expect(summarizeScores([a, b])).toMatchObject({ articles: 2, precision: 3 / 5, recall: 3 / 4 });
  });
});
