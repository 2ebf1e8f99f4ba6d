import type { LexiconEntry } from "../lexicon/index.js";
import type { EntityType } from "../schema.js";
import type { Doc } from "../text/doc.js";
import { isArabicArticle, matchKey, nameKeys, skeleton } from "../text/normalize.js";
import type { Gender } from "../text/word-classes.js";
import { NAME_PARTICLES } from "../text/word-lists.js";

/** An entity while it is being built: mentions gathered first, names and roles decided later. */

export interface MentionDraft {
  first: number;
  last: number;
  /** "Turkish" for Turkey: a mention, not a spelling of the name. */
  demonym?: boolean;
  /** "the coalition" for a coalition named earlier: a mention, not a spelling. */
  reference?: boolean;
}

export interface EntityDraft {
  type: EntityType;
  name: string;
  lexicon?: LexiconEntry;
  /** Keys of the name's words without particles ("Hamid al-Shatari" → hamid, shatari). */
  nameKeys: string[];
  /** Other names given to it in the article (acronyms, glosses) beyond its mentions. */
  extraAliases: string[];
  mentions: MentionDraft[];
  role?: string;
  affiliation?: string;
  gender?: Gender;
  title?: string;
  /** Merged into another draft; skipped from then on. */
  mergedInto?: EntityDraft;
}

export function nameKeysOf(doc: Doc, first: number, last: number): string[] {
  const keys: string[] = [];
  for (let k = first; k <= last; k++) {
    const t = doc.tokens[k];
    if (!t || (t.kind !== "word" && t.kind !== "num")) continue;
    // "Abdel", "Abdul", "Abd al-": one particle, kept so "Abdel Rahman" = "Abd al-Rahman".
    if (/^ab[dt](?:[aeiou]l)?$/.test(t.key) && t.kind === "word") {
      keys.push("abd");
      continue;
    }
    if (NAME_PARTICLES.has(t.norm) || isArabicArticle(t.norm)) continue;
    // Transliteration variants share a key: "Abdulrahman", "Mohammed"/"Muhammad", "Hussein"/"Husayn".
    keys.push(...(t.kind === "word" ? nameKeys(t.text) : [t.key]));
  }
  return keys;
}

export function resolveDraft(draft: EntityDraft): EntityDraft {
  let d = draft;
  while (d.mergedInto) d = d.mergedInto;
  return d;
}

/** Moves everything `from` knows into `into`; the longer name wins for people. */
export function mergeDrafts(into: EntityDraft, from: EntityDraft): void {
  if (into === from) return;
  into.mentions.push(...from.mentions);
  into.extraAliases.push(...from.extraAliases);
  if (!into.lexicon && from.nameKeys.length > into.nameKeys.length && into.type === from.type) {
    into.extraAliases.push(into.name);
    into.name = from.name;
    into.nameKeys = from.nameKeys;
  } else if (from.name !== into.name) {
    into.extraAliases.push(from.name);
  }
  into.role ??= from.role;
  into.gender ??= from.gender;
  into.title ??= from.title;
  from.mergedInto = into;
  from.mentions = [];
}

/** Levenshtein distance of two short strings. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/**
 * Whether a person name seen now ("al-Shatari", "Al-Assaam") is the same person as a fuller
 * name seen before ("Hamid al-Shatari", "Safaa al-Aasm"): its words are the end of the
 * fuller name, or the surnames share a consonant skeleton and the given names do not clash.
 */
export function samePerson(
  known: string[],
  seen: string[],
  knownSurname: string,
  seenSurname: string,
): boolean {
  if (seen.length === 0 || known.length === 0) return false;
  const offset = known.length - seen.length;
  if (offset >= 0 && seen.every((k, n) => k === known[offset + n])) return true;
  const a = skeleton(knownSurname);
  if (a !== skeleton(seenSurname)) return false;
  // Short skeletons ("rb") need the spellings themselves to be close ("Rubaie", "Rubaiee").
  if (a.length < 3 && editDistance(matchKey(knownSurname), matchKey(seenSurname)) > 1) return false;
  if (seen.length === 1 || known.length === 1) return true;
  return matchKey(known[0] ?? "") === matchKey(seen[0] ?? "");
}
