import { describe, expect, it } from "vitest";
import { speakerKey } from "../../../bench/extraction/evaluate.js";
import type { GoldArticle } from "../../../bench/extraction/gold.js";
import { corpusGolds, syntheticGold, unnamedSpeakerQuotes } from "../../support/corpus-golds.js";

/**
 * The speaker convention of the extraction golds (tests/fixtures/ANNOTATION.md rule 11, session 61),
 * checked on every gold of every corpus set, so that a later gold cannot break it silently. A quote's
 * speaker lists every spelling by which the article's words pick out that speaker; the scorer counts a
 * speaker right when the output equals one of them under speakerKey (which drops a leading a/an/the).
 * Two clauses can be checked from the gold alone:
 *   (a) an unnamed speaker's description with a trailing place, post or unit qualifier ("Syrian
 *       officials in Homs", "an officer at the checkpoint", "a medical source there") is listed with
 *       its qualifier-less twin ("Syrian officials"), unless the gold's `about` names the qualified
 *       spelling in quotes: the article has two such speakers that the qualifier tells apart;
 *   (b) "one" used as an article counts as "a": "one cloth merchant" is listed with "cloth merchant".
 * Clause (c), a named person's shorter forms, needs the article's text read in context and is not
 * checked here. A named person's role description ("the spokesman in Homs") is never asked for.
 */

const articles = corpusGolds();

/** "one" as an article, not the pronoun of "one of them". */
const ONE_ARTICLE = /^one\s+(?!of\b)(.+)$/i;
/** "<description> in|at <place, post or unit>", "<description> based in <place>", "<description> there". */
const QUALIFIED = /^(.+?)\s+(?:(?:(?:based|stationed)\s+)?(?:in|at)\s+(.+)|there)$/;
/** What follows "in" or "at" without being a place, post or unit: "in charge", "in her thirties", a medium. */
const NOT_A_QUALIFIER =
  /^(?:charge\b|(?:his|her|their)\s|all\b|(?:an?|the)\s+(?:statement|message|video|post|letter|interview|recording|WhatsApp)\b)/i;
const DETERMINER = /^(?:an?|the|one|our|my|its|their)\s+/i;

/** The qualifier-less head of a spelling when it is an unnamed description with a trailing qualifier. */
function qualifiedHead(spelling: string): string | undefined {
  const m = QUALIFIED.exec(spelling);
  if (!m?.[1]) return undefined;
  const head = m[1];
  if (m[2] !== undefined && NOT_A_QUALIFIER.test(m[2])) return undefined;
  // a relative clause ("a man who was held at …") or a body's own name ("Internal Security Command in
  // Raqqa province": a capitalised word after the first) is not a description with a qualifier
  if (/\b(?:who|which|that|whose)\b/i.test(head)) return undefined;
  // an apposition form ("the officer, a captain in the 22nd Brigade") is rule (d)'s: (a) applies to
  // its parts, each listed on its own, not to the whole
  if (/,\s+(?:an?|the)\s/i.test(head)) return undefined;
  const words = head.replace(DETERMINER, "").split(/\s+/);
  if (words.slice(1).some((w) => /^\p{Lu}/u.test(w))) return undefined;
  return head;
}

/** Every break of clauses (a) and (b) in one gold, as "article: spelling (what is missing)". */
function speakerConventionProblems(name: string, gold: GoldArticle): string[] {
  const problems: string[] = [];
  // both clauses are for unnamed speakers: a named person's role description ("one truck driver"
  // beside "Abu Laith al-Mosuli") is never asked for
  for (const q of unnamedSpeakerQuotes(gold, speakerKey)) {
    const { keys } = q;
    for (const s of q.speaker) {
      const one = ONE_ARTICLE.exec(s)?.[1];
      if (one && !keys.has(speakerKey(one))) problems.push(`${name}: ${s} (b: no "${one}")`);
    }
    for (const s of q.speaker) {
      const head = qualifiedHead(s);
      if (!head) continue;
      const twins = [head, head.replace(/^one\s+/i, "")].map(speakerKey);
      if (twins.some((t) => keys.has(t))) continue;
      if (gold.about?.includes(`"${s}"`)) continue;
      problems.push(`${name}: ${s} (a: no "${head}")`);
    }
  }
  return [...new Set(problems)];
}

const gold = syntheticGold;

describe("speaker convention of the extraction golds (ANNOTATION.md rule 11, session 61)", () => {
  it("reads every gold of every corpus set", () => {
    expect(articles.length).toBeGreaterThanOrEqual(570);
    expect(articles.reduce((n, a) => n + a.gold.quotes.length, 0)).toBeGreaterThan(7000);
  });

  it("lists an unnamed speaker's qualified description with its qualifier-less twin, and 'one X' with 'X'", () => {
    expect(articles.flatMap((a) => speakerConventionProblems(a.name, a.gold))).toEqual([]);
  });

  it("fails on a gold that breaks the rule", () => {
    const broken = gold([
      ["Syrian officials in Homs"],
      ["a medical source there"],
      ["An army officer at the sector command", "officer"],
      ["one cloth merchant"],
      ["an officer based in Palmyra"],
    ]);
    expect(speakerConventionProblems("broken", broken)).toEqual([
      'broken: Syrian officials in Homs (a: no "Syrian officials")',
      'broken: a medical source there (a: no "a medical source")',
      'broken: An army officer at the sector command (a: no "An army officer")',
      'broken: one cloth merchant (b: no "cloth merchant")',
      'broken: an officer based in Palmyra (a: no "an officer")',
    ]);
  });

  it("accepts the twins, any article on them, and a qualifier the gold's about explains", () => {
    const fixed = gold(
      [
        ["Syrian officials in Homs", "Syrian officials"],
        ["a Syrian officer based in Palmyra", "Syrian officer"],
        ["a medical source there", "medical source"],
        ["One inmate in Block 7", "inmate in Block 7"],
        ["one cloth merchant", "a cloth merchant"],
        ["one of them"],
      ],
      'Rule 11: "One inmate in Block 7" and "inmate in Block 7" keep their qualifier: a second inmate speaks from Block 5.',
    );
    expect(speakerConventionProblems("fixed", fixed)).toEqual([]);
  });

  it("never asks for a named speaker's role description, nor reads a non-qualifier as one", () => {
    const named = gold(
      [
        ["Bassel Rahhal", "the Interior Ministry's spokesman in Homs"],
        ["Bassel Rahhal", "one spokesman"],
        ["the officer in charge"],
        ["a man who was held at Mayadin"],
        ["Internal Security Command in Raqqa province"],
        ["a threat in a WhatsApp message"],
      ],
      undefined,
      [["Bassel Rahhal", "Rahhal"]],
    );
    expect(speakerConventionProblems("named", named)).toEqual([]);
  });
});
