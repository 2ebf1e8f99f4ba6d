import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { GoldArticle } from "../../bench/extraction/gold.js";
import { foldChars } from "../../src/core/facts/text/normalize.js";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures");

/** As bench/extraction/evaluate.ts compares spellings: folded, letters and digits only, runs collapsed. */
export const nameKey = (s: string) =>
  foldChars(s)
    .replace(/[^\p{L}\p{N}]+/gu, "")
    .replace(/(.)\1+/g, "$1");

/** One annotated article of a corpus set: its text, its gold, and the name keys of every entity spelling. */
export interface GoldCorpusArticle {
  name: string;
  text: string;
  gold: GoldArticle;
  keys: Set<string>;
}

/**
 * Every gold of every corpus set (tests/fixtures/corpus and corpus-heldout*), with its article's text, by
 * name: what the annotation-convention tests check each rule against.
 */
export function corpusGolds(): GoldCorpusArticle[] {
  return readdirSync(FIXTURES)
    .filter((d) => /^corpus(?:-heldout\d+)?$/.test(d))
    .flatMap((d) =>
      readdirSync(path.join(FIXTURES, d))
        .filter((f) => f.endsWith(".gold.json"))
        .map((f) => {
          const name = f.slice(0, -".gold.json".length);
          const gold = GoldArticle.parse(JSON.parse(readFileSync(path.join(FIXTURES, d, f), "utf8")));
          const text = readFileSync(path.join(FIXTURES, d, `${name}.txt`), "utf8");
          const keys = new Set(gold.entities.flatMap((e) => e.names.map(nameKey)));
          return { name, text, gold, keys };
        }),
    )
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * A made-up gold for a convention test's own checks: one direct quote per speaker list, and the
 * persons named, so a rule's checker can be shown to catch what it must.
 */
export const syntheticGold = (speakers: string[][], about?: string, persons: string[][] = []): GoldArticle =>
  GoldArticle.parse({
    about,
    article: "x.txt",
    entities: persons.map((names) => ({ type: "person", names, required: true })),
    quotes: speakers.map((speaker, i) => ({ speaker, kind: "direct", text: `quote ${i}` })),
  });

/**
 * The quotes of a gold whose speaker is unnamed (no spelling is a listed person's), each with the
 * keys of its listed spellings: what the speaker-spelling rules (11 a, b, d) are checked on. `key`
 * is how the evaluator compares spellings.
 */
export function unnamedSpeakerQuotes(
  gold: GoldArticle,
  key: (s: string) => string,
): { speaker: string[]; keys: Set<string> }[] {
  const persons = new Set(gold.entities.filter((e) => e.type === "person").flatMap((e) => e.names.map(key)));
  return gold.quotes
    .filter((q) => !q.speaker.some((s) => persons.has(key(s))))
    .map((q) => ({ speaker: q.speaker, keys: new Set(q.speaker.map(key)) }));
}
