import { isRegionalGivenName } from "./given-names.js";
import { WORD_LEXICON } from "./word-lexicon.generated.js";
import { GIVEN_NAMES, NOT_NAME_WORDS } from "./word-lists.js";

/**
 * What a single word usually is, read from compromise's lexicon (names, places, common words)
 * and our own lists. Only the lexicon is used: running compromise's tagger costs tens of
 * milliseconds an article, a dictionary look-up costs nothing. The lexicon comes as a table
 * generated from compromise (scripts/word-classes-lexicon.ts): loading compromise itself would
 * unpack its whole model, most of a second of a cold start, for a table read by word.
 */

const LEXICON = new Map<string, string[]>();
for (const [tagSet, words] of Object.entries(WORD_LEXICON)) {
  const tagList = tagSet.split(",");
  for (const word of words.split("|")) LEXICON.set(word, tagList);
}

function tags(norm: string): string[] {
  return LEXICON.get(norm) ?? [];
}

const PERSON_TAGS = new Set(["MaleName", "FemaleName", "FirstName", "Person", "LastName", "Honorific"]);
const PLACE_TAGS = new Set(["City", "Country", "Region", "Place"]);
const NAME_TAGS = new Set([...PERSON_TAGS, ...PLACE_TAGS, "Organization", "ProperNoun", "SportsTeam"]);

export type Gender = "male" | "female";

/**
 * Men's names of the region that the English name lexicon files as women's because an English
 * woman's name is spelled alike ("Adel" for Adele): in an article from the region, "Adel
 * Mahmoud" is a man, and the "he" of the next sentence may be him.
 */
const REGIONAL_MEN = new Set(["adel"]);

/** A first name we know, and its usual gender when the lexicon says. */
export function givenName(norm: string): { gender?: Gender } | null {
  if (REGIONAL_MEN.has(norm)) return { gender: "male" };
  const t = tags(norm);
  if (t.includes("MaleName")) return { gender: "male" };
  if (t.includes("FemaleName")) return { gender: "female" };
  if (t.includes("FirstName") || GIVEN_NAMES.has(norm) || isRegionalGivenName(norm)) return {};
  return null;
}

export function isPersonWord(norm: string): boolean {
  return tags(norm).some((t) => PERSON_TAGS.has(t)) || GIVEN_NAMES.has(norm);
}

export function isPlaceWord(norm: string): boolean {
  return tags(norm).some((t) => PLACE_TAGS.has(t));
}

export function isOrganizationWord(norm: string): boolean {
  return tags(norm).includes("Organization");
}

/** An ordinary English word (not a name) that is capitalised only at a sentence start. */
export function isCommonWord(norm: string): boolean {
  if (NOT_NAME_WORDS.has(norm)) return true;
  const t = tags(norm);
  return t.length > 0 && !t.some((tag) => NAME_TAGS.has(tag));
}

const VERB_TAGS = new Set([
  "PastTense",
  "PresentTense",
  "Infinitive",
  "Copula",
  "Modal",
  "Verb",
  "Gerund",
  "Participle",
]);

/** A word the lexicon knows only as a verb ("belonged", "were"): no subject starts with it. */
export function isVerbWord(norm: string): boolean {
  const t = tags(norm);
  return t.length > 0 && t.every((tag) => VERB_TAGS.has(tag) || tag === "PhrasalVerb");
}
