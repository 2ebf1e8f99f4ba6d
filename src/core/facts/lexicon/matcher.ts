import { isArabicArticle } from "../text/normalize.js";
import { isJoiner, type Token, tokenize } from "../text/tokenize.js";
import { LEXICON } from "./index.js";
import type { LexiconEntry, LexiconKind } from "./types.js";

/**
 * The lexicon compiled once at module load into patterns indexed by their first word, so
 * matching an article is one pass over its tokens with a handful of comparisons each.
 */

export interface Pattern {
  entry: LexiconEntry;
  keys: string[];
  /** Acronyms (IS, US, SDF) must appear in capitals; one-word names must be capitalised. */
  casing: "upper" | "capitalized" | "any";
  /** The letters of a one-word acronym, which is matched as spelt: "AH" is not "AAH". */
  letters?: string;
  demonym: boolean;
  /**
   * The name is written with a dash between spaces ("Combined Joint Task Force – Operation
   * Inherent Resolve"): only such a name reads on over a spaced dash, which elsewhere parts two
   * names ("the Kirkuk – Baghdad road").
   */
  spacedDash?: boolean;
  /**
   * Places of other countries spelt the same ("Al-Rusafa": Baghdad's district and the ancient
   * city of the Syrian desert): the article's other places choose between them (see matchLexicon).
   */
  homonyms?: LexiconEntry[];
}

export interface LexiconMatch {
  entry: LexiconEntry;
  /** Token range [first, last] inclusive. */
  first: number;
  last: number;
  demonym: boolean;
  /** Places of other countries with the same name, the match's entry aside (see Pattern.homonyms). */
  homonyms?: LexiconEntry[];
}

/** Words that may follow a name and belong to the mention ("Al-Hol camp", "Anbar province"). */
const HEAD_WORDS: Partial<Record<LexiconKind, string[][]>> = {
  camp: [["camp"], ["displacement", "camp"]],
  prison: [["prison"], ["jail"]],
  // "the Trebil border port": Iraq's border authority calls its crossings ports.
  crossing: [["border", "crossing"], ["crossing"], ["border", "point"], ["border", "port"], ["port"]],
  city: [
    ["province"],
    ["governorate"],
    ["area"],
    ["district"],
    ["countryside"],
    ["desert"],
    ["city"],
    ["town"],
    // "the Jadriya bridge": a bridge named after its quarter or town is written with its noun.
    ["bridge"],
  ],
  governorate: [["province"], ["governorate"], ["area"], ["countryside"], ["desert"], ["city"]],
  region: [["desert"], ["area"], ["region"], ["range"], ["mountains"], ["valley"]],
  river: [["river"], ["valley"]],
  base: [["air", "base"], ["base"], ["garrison"]],
  airport: [["airport"], ["international", "airport"]],
  dam: [["dam"]],
  jihadist: [["group"]],
  militia: [["militia"]],
};

/** Key of a token for matching: the Arabic article's assimilated forms all read "al". */
function tokenKey(tokens: readonly Token[], i: number): string {
  const t = tokens[i] as Token;
  if (isArabicArticle(t.norm) && (isJoiner(tokens, i + 1) || (t.cap && t.norm !== "an" && t.norm !== "as"))) {
    return "al";
  }
  return t.key;
}

/** Hyphens, possessive endings and apostrophes do not count when matching names. */
function skippable(t: Token): boolean {
  return t.kind === "poss" || /^[-‐‑–'’]$/.test(t.text);
}

function keysOf(alias: string): string[] {
  const tokens = tokenize(alias);
  return tokens.flatMap((t, i) => (skippable(t) ? [] : [tokenKey(tokens, i)]));
}

/** Every name, alias and demonym of the lexicon in the order the index takes them. */
function surfaces(): { entry: LexiconEntry; surface: string; demonym: boolean }[] {
  return LEXICON.flatMap((entry) => [
    { entry, surface: entry.name, demonym: false },
    ...entry.aliases.map((surface) => ({ entry, surface, demonym: false })),
    ...(entry.demonyms ?? []).map((surface) => ({ entry, surface, demonym: true })),
  ]);
}

/**
 * The match keys of every surface, one line each in the order of `surfaces()`, keys separated by
 * spaces: what a build inlines (scripts/build/lexicon-patterns.ts) so that a start need not
 * tokenize them.
 */
export function surfaceKeys(): string {
  return surfaces()
    .map(({ surface }) => keysOf(surface).join(" "))
    .join("\n");
}

/** A dash with a space on both sides inside a name. */
const SPACED_DASH = /\s[-‐‑–—]\s/;

/**
 * Every name, alias and demonym of the lexicon as patterns, indexed by their first key; with
 * `keys` (surfaceKeys' output for this same lexicon), without tokenizing them again.
 */
export function compilePatterns(keys?: string): Map<string, Pattern[]> {
  const all = surfaces();
  const given = keys?.split("\n");
  // Keys computed for another lexicon would match the wrong names: they are ignored.
  const lines = given?.length === all.length ? given : undefined;
  const index = new Map<string, Pattern[]>();
  all.forEach(({ entry, surface, demonym }, n) => {
    const line = lines?.[n];
    const keys = line === undefined ? keysOf(surface) : line === "" ? [] : line.split(" ");
    const first = keys[0];
    if (!first) return;
    const letters = surface.replace(/[^\p{L}]/gu, "");
    const casing =
      letters.length <= 6 && letters === letters.toUpperCase()
        ? "upper"
        : keys.length === 1
          ? "capitalized"
          : "any";
    const list = index.get(first) ?? [];
    list.push({
      entry,
      keys,
      casing,
      demonym,
      ...(casing === "upper" && keys.length === 1 ? { letters } : {}),
      ...(SPACED_DASH.test(surface) ? { spacedDash: true } : {}),
    });
    index.set(first, list);
  });
  for (const list of index.values()) {
    list.sort((a, b) => b.keys.length - a.keys.length);
    markHomonyms(list);
  }
  return index;
}

/** Whether an entry is a place of some country, which another country's place may share a name with. */
const countryPlace = (e: LexiconEntry) =>
  e.type === "place" && e.kind !== "country" && e.affiliation !== undefined;

/** Patterns of the same words for places of different countries: each learns the others. */
function markHomonyms(list: Pattern[]): void {
  for (const p of list) {
    if (!countryPlace(p.entry)) continue;
    const key = p.keys.join(" ");
    const others = list.filter(
      (q) =>
        q !== p &&
        countryPlace(q.entry) &&
        q.entry.affiliation !== p.entry.affiliation &&
        q.keys.join(" ") === key,
    );
    if (others.length > 0) p.homonyms = [...new Set(others.map((q) => q.entry))];
  }
}

/**
 * The surfaces' keys as the build computed them from this same lexicon and inlined (the built
 * server and Lambda functions), so that a cold start does not tokenize two thousand names (about
 * 60-90 ms of CPU on Lambda's Node); undefined when the code runs from its sources.
 */
declare const __SB_LEXICON_KEYS__: string | undefined;

/** Whether the keys came from the build (true in a bundle) rather than being computed at load. */
export const KEYS_PRECOMPUTED = typeof __SB_LEXICON_KEYS__ === "string";

const PATTERNS = compilePatterns(typeof __SB_LEXICON_KEYS__ === "string" ? __SB_LEXICON_KEYS__ : undefined);

/** A hyphen or slash written without spaces on either side ("GI-KRG-7731", "MLA/26/0318"). */
function codeJoin(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && /^[-‐‑/]$/.test(t.text) && !t.space && tokens[k + 1]?.space === false;
}

/**
 * "Insurer's ref.: GI-KRG-7731": letters joined without spaces to other capitals and to a number
 * on both sides are a reference code's segment, not the body those letters abbreviate elsewhere.
 */
function inCode(tokens: readonly Token[], i: number): boolean {
  if (!codeJoin(tokens, i - 1) || !codeJoin(tokens, i + 1)) return false;
  const before = tokens[i - 2];
  const after = tokens[i + 2];
  const part = (t: Token | undefined) =>
    t !== undefined && (t.kind === "num" || t.upper || /^\d/.test(t.text));
  return (
    part(before) &&
    part(after) &&
    (before?.kind === "num" || after?.kind === "num" || /\d/.test(after?.text ?? ""))
  );
}

function casingHolds(tokens: readonly Token[], first: number, casing: Pattern["casing"]): boolean {
  const t = tokens[first] as Token;
  if (casing === "any") return true;
  if (casing === "capitalized") return t.cap;
  if (!t.upper && !/^\p{Lu}$/u.test(t.text)) return false;
  // In a line written all in capitals every word looks like an acronym.
  const prev = tokens[first - 1];
  const next = tokens[first + 1];
  if (inCode(tokens, first)) return false;
  if (prev?.upper && prev.kind === "word" && next?.upper && next.kind === "word") return false;
  // "WHO IS BEHIND IT", "WHO WAS KILLED": a question word opening a heading in capitals and
  // followed by an auxiliary asks a question; it is not the acronym it is also spelled as ("WHO"
  // the health body, which "WHO CONDEMNS ATTACK" still names).
  const opens = !prev || prev.sentence !== t.sentence || t.breaks > 0;
  return !(
    opens &&
    QUESTION_WORDS.has(t.norm) &&
    next?.upper &&
    next.sentence === t.sentence &&
    (AUXILIARIES.has(next.norm) || CLAUSE_OPENERS.has(next.norm))
  );
}

/** Question words that an acronym may also spell ("WHO"). */
const QUESTION_WORDS = new Set(["who", "what", "when", "where", "why", "how"]);
/**
 * "WHO THE COURSE IS FOR", "WHO WE ARE": a question word before an article or a pronoun opens the
 * clause it asks about, a heading's, not the body ("WHO CONDEMNS ATTACK" names it).
 */
const CLAUSE_OPENERS = new Set("the this these those we you they it he she our your their".split(" "));
/** Auxiliaries that follow a question word opening a question. */
const AUXILIARIES = new Set(
  "is are was were did does do has have had can could will would should may might".split(" "),
);

/** Tries the pattern at token i; returns the index of its last token, or -1. */
function matchAt(tokens: readonly Token[], i: number, pattern: Pattern, sentence: number): number {
  let k = i;
  let last = -1;
  for (const key of pattern.keys) {
    while (
      k < tokens.length &&
      k > i &&
      skippable(tokens[k] as Token) &&
      (!(tokens[k] as Token).space ||
        (pattern.spacedDash === true && /^[-‐‑–—]$/.test((tokens[k] as Token).text)))
    )
      k++;
    const t = tokens[k];
    if (!t || t.sentence !== sentence || tokenKey(tokens, k) !== key) return -1;
    last = k;
    k++;
  }
  return last;
}

function extendHead(tokens: readonly Token[], last: number, kind: LexiconKind): number {
  for (const words of HEAD_WORDS[kind] ?? []) {
    if (
      words.every(
        (w, n) =>
          tokens[last + 1 + n]?.norm === w && tokens[last + 1 + n]?.sentence === tokens[last]?.sentence,
      )
    ) {
      return last + words.length;
    }
  }
  return last;
}

/**
 * "a red cross on the wall", "a security council of elders": a body's name of common words written
 * in lower case after the indefinite article is one of a kind, not the body ("the coalition", "the
 * interior ministry" stay the body's, and "an Iraqi army unit" is written with its capital).
 */
function countedCommonNoun(tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  if (before?.kind !== "word" || (before.norm !== "a" && before.norm !== "an")) return false;
  for (let k = first; k <= last; k++) if (tokens[k]?.kind === "word" && tokens[k]?.cap) return false;
  // Only a phrase the next word closes: "a red cross for danger", "a security council of elders";
  // "a coalition convoy crossed" is the coalition's convoy doing something.
  const next = tokens[last + 1];
  return (
    next === undefined ||
    next.kind !== "word" ||
    next.sentence !== tokens[last]?.sentence ||
    PHRASE_ENDERS.has(next.norm)
  );
}
/** Words that close the noun phrase before them: prepositions, conjunctions, relatives. */
const PHRASE_ENDERS = new Set(
  "of on in at with for from to by near over under across along and or but that which who whose".split(" "),
);

/** The longest lexicon match starting at token i, if any. */
export function matchLexiconAt(tokens: readonly Token[], i: number): LexiconMatch | null {
  const t = tokens[i];
  if (!t || t.kind === "punct" || t.kind === "poss") return null;
  const candidates = PATTERNS.get(tokenKey(tokens, i));
  if (!candidates) return null;
  for (const pattern of candidates) {
    const last = matchAt(tokens, i, pattern, t.sentence);
    if (last < 0 || !casingHolds(tokens, i, pattern.casing)) continue;
    if (pattern.casing === "any" && countedCommonNoun(tokens, i, last)) continue;
    if (pattern.entry.kind === "region" && coordinatedCompass(tokens, i)) continue;
    // The key folds spellings ("AAH" and "AH" share one); an acronym's letters are its name.
    if (pattern.letters !== undefined && t.text.replace(/[^\p{L}]/gu, "") !== pattern.letters) continue;
    const end = pattern.demonym ? last : extendHead(tokens, last, pattern.entry.kind);
    return {
      entry: pattern.entry,
      first: i,
      last: end,
      demonym: pattern.demonym,
      ...(pattern.homonyms ? { homonyms: pattern.homonyms } : {}),
    };
  }
  return null;
}

/** Compass adjectives that may be listed before a region's ("central and southern Iraq"). */
const LISTED_COMPASS = new Set(
  "central northern southern eastern western north-eastern north-western south-eastern south-western northeastern northwestern southeastern southwestern".split(
    " ",
  ),
);

/**
 * "central and southern Iraq", "northern and eastern Syria": a compass adjective listed after
 * another names a stretch of the country wider than the region the last one would name with
 * the country; the country alone is matched there, with its compass parts as its spelling.
 */
function coordinatedCompass(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const joiner = tokens[i - 1];
  const other = tokens[i - 2];
  if (!t || t.cap || !LISTED_COMPASS.has(t.norm) || !joiner || !other) return false;
  return ["and", "or", ","].includes(joiner.norm) && !other.cap && LISTED_COMPASS.has(other.norm);
}

/** All lexicon matches in the tokens, left to right, without overlaps. */
export function matchLexicon(tokens: readonly Token[]): LexiconMatch[] {
  const matches: LexiconMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const match = matchLexiconAt(tokens, i);
    if (match) {
      matches.push(match);
      i = match.last;
    }
  }
  return matches.some((m) => m.homonyms)
    ? matches.map((m) => (m.homonyms ? chosen(m, matches) : m))
    : matches;
}

/**
 * "Cells set up roadblocks between Al-Rusafa and the Jabal al-Bishri": a name two countries' places
 * share is the place of the country the text's other places lie in. Each candidate counts the
 * text's other matches of its country (the country itself, or a place of it); the most counted
 * wins, and a tie keeps the lexicon's first ("Al-Rusafa" alone stays Baghdad's).
 */
function chosen(match: LexiconMatch, all: readonly LexiconMatch[]): LexiconMatch {
  const candidates = [match.entry, ...(match.homonyms ?? [])];
  const score = (e: LexiconEntry) =>
    all.filter(
      (m) =>
        !m.homonyms &&
        !m.demonym &&
        (m.entry.kind === "country"
          ? m.entry.name === e.affiliation
          : countryPlace(m.entry) && m.entry.affiliation === e.affiliation),
    ).length;
  const scores = candidates.map(score);
  const best = Math.max(...scores);
  const first = scores.indexOf(best);
  if (first === 0 || scores.filter((x) => x === best).length > 1) return match;
  const entry = candidates[first] as LexiconEntry;
  return { ...match, entry, homonyms: candidates.filter((e) => e !== entry) };
}
