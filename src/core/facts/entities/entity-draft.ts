import { type LexiconEntry, lexiconEntry } from "../lexicon/index.js";
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

/** A draft for a lexicon entry the text refers to without naming it, its mentions yet to come. */
export function lexiconDraft(entry: LexiconEntry): EntityDraft {
  return { type: entry.type, name: entry.name, lexicon: entry, nameKeys: [], extraAliases: [], mentions: [] };
}

/**
 * The draft of lexicon entry `id` among `drafts`: the one the text already has, else a new one
 * added to them (a body the text refers to without naming it); undefined for an unknown id.
 */
export function referencedDraft(drafts: EntityDraft[], id: string): EntityDraft | undefined {
  const held = drafts.find((d) => d.lexicon?.id === id);
  if (held) return held;
  const entry = lexiconEntry(id) as LexiconEntry | undefined;
  if (!entry) return undefined;
  const draft = lexiconDraft(entry);
  drafts.push(draft);
  return draft;
}

/** A pilgrim's honorific or a cleric's style, kept before a lone given name ("Hajji Farhan"). */
export const PILGRIM_HONORIFICS = new Set(["hajj", "haji", "hajji", "hajja", "hajjah", "kak"]);
export const CLERICAL_TITLES = new Set([
  "father",
  "fr",
  "bishop",
  "archbishop",
  "patriarch",
  "reverend",
  "rev",
  "pastor",
]);
const NAME_STYLES = new Set([...PILGRIM_HONORIFICS, ...CLERICAL_TITLES]);

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
    // "Abu Ali", "Umm Karrar": a kunya's "father of"/"mother of" is part of who is meant ("Abu
    // Ali" is not an "Ali" named elsewhere).
    const kunya = k === first && (t.norm === "abu" || t.norm === "umm") && doc.tokens[k + 1]?.cap;
    if (kunya) {
      keys.push(t.norm);
      continue;
    }
    if (NAME_PARTICLES.has(t.norm) || isArabicArticle(t.norm)) continue;
    // "Hajji Sabah", "Father Boutros": the style kept before a lone given name is not part of
    // whom it names ("Sabah Kadhim al-Karkhi", "Sabah" are the same man).
    if (k === first && k < last && NAME_STYLES.has(t.norm) && t.cap && doc.tokens[k + 1]?.cap) continue;
    // "Albu Mahal" = "Al Bu Mahal": the tribal "Al Bu" written as one word keys as its "Bu".
    if (t.norm === "albu" || t.norm === "albo") {
      keys.push("bu");
      continue;
    }
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

/** Courtesy titles: after them an English-language text writes a man's or woman's family name. */
export const COURTESY_TITLES = new Set(["mr", "mrs", "ms", "miss"]);

/**
 * Whether a person name seen now ("al-Shatari", "Al-Assaam") is the same person as a fuller
 * name seen before ("Hamid al-Shatari", "Safaa al-Aasm"): its words are the end of the
 * fuller name, or the surnames share a consonant skeleton and the given names do not clash.
 */
const KUNYA = new Set(["abu", "umm"]);

export function samePerson(
  known: string[],
  seen: string[],
  knownSurname: string,
  seenSurname: string,
  courtesy = false,
): boolean {
  if (seen.length === 0 || known.length === 0) return false;
  // "Mutlaq" is not "Umm Mutlaq" nor "Abu Mutlaq": a kunya names the child's parent.
  if (KUNYA.has(known[0] ?? "") !== KUNYA.has(seen[0] ?? "")) return false;
  const offset = known.length - seen.length;
  if (offset >= 0 && seen.every((k, n) => k === known[offset + n])) {
    // "Mutlaq al-Nimrawi" is not "Hamid Mutlaq al-Nimrawi": a given name and surname that start
    // at the middle of a longer Arabic name chain are the father's (or a son named after the
    // grandfather), not a shortening; only the surname alone or the whole name is. After a
    // courtesy title ("Mr Khalil Daoud" for "Sami Khalil Daoud") the words are the family name
    // the English-language text uses for him, whatever their number: a shortening.
    if (offset > 0 && seen.length >= 2 && seen[0] !== "abd" && known.length >= 3 && !courtesy) return false;
    return true;
  }
  const a = skeleton(knownSurname);
  if (a !== skeleton(seenSurname)) return false;
  // Short skeletons ("rb") need the spellings themselves to be close ("Rubaie", "Rubaiee").
  if (a.length < 3 && editDistance(matchKey(knownSurname), matchKey(seenSurname)) > 1) return false;
  if (seen.length === 1 || known.length === 1) return true;
  const given = matchKey(known[0] ?? "");
  const other = matchKey(seen[0] ?? "");
  // "Yousif Mahmoud" and "Yusuf Mahmud": given names one later vowel apart on the same
  // consonants are one name transliterated twice; "Hassan" and "Hussein" differ in their first
  // vowel and are two names.
  const opening = (k: string) => /^[^aeiou]*[aeiou]?/.exec(k)?.[0] ?? k;
  // "D. Whitcombe" and "Daniel Whitcombe": a given name written as its initial is that name.
  const initial = (short: string, full: string) =>
    short.length === 1 && full.length > 1 && full.startsWith(short);
  const close = (a: string, b: string) =>
    a === b ||
    initial(a, b) ||
    initial(b, a) ||
    (skeleton(a) === skeleton(b) && opening(a) === opening(b) && editDistance(a, b) <= 1);
  // "Md Rafiqul Islam" and "Md Shafiqul Islam": two names of three words or more that share the
  // first and the last are brothers (a father's name, a common prefix), not one man, when a word
  // between opens on another letter; "Sattar Kadhim" and "Sattar Kazim" spell one father twice.
  const middles = Math.min(known.length, seen.length) - 2;
  for (let n = 1; n <= middles && known.length === seen.length; n++) {
    const a = matchKey(known[n] ?? "");
    const b = matchKey(seen[n] ?? "");
    if (a[0] !== b[0] && !close(a, b)) return false;
  }
  return close(given, other);
}

/**
 * Drafts indexed by what `samePerson` and equal name keys compare, so finding the first draft
 * a name may refer to looks only at drafts that could match rather than at every draft: an
 * article of thousands of names costs thousands of look-ups, not millions of comparisons.
 * `find` returns exactly what a scan of the drafts in the order added would find first.
 */
export class NameIndex {
  private readonly order = new Map<EntityDraft, number>();
  private readonly buckets = new Map<string, EntityDraft[]>();

  /**
   * `surnameOf`: the surname `samePerson` is given for a draft; `person`: whether a draft may
   * be matched as a person (by `samePerson`), not only by equal keys. Both fixed once added.
   */
  constructor(
    private readonly surnameOf: (d: EntityDraft) => string,
    private readonly person: (d: EntityDraft) => boolean,
  ) {}

  private put(key: string, d: EntityDraft): void {
    const list = this.buckets.get(key);
    if (!list) this.buckets.set(key, [d]);
    else if (list[list.length - 1] !== d) list.push(d);
  }

  add(d: EntityDraft): void {
    this.order.set(d, this.order.size);
    this.put(`=${d.nameKeys.join(" ")}`, d);
    if (!this.person(d) || d.nameKeys.length === 0) return;
    const keys = d.nameKeys;
    // "Umm Mutlaq" ends no one's name "Mutlaq": a kunya is matched whole (see samePerson).
    const ends = KUNYA.has(keys[0] ?? "") ? 1 : keys.length;
    for (let n = 0; n < ends; n++) this.put(`~${keys.slice(n).join(" ")}`, d);
    if (keys.length >= 2) this.put(`^${keys[0]}`, d);
    // "Abd al-Sattar Hammadi": a given name compounded with "Abd" ("servant of") is two keys.
    if (keys[0] === "abd" && keys.length >= 3) this.put(`^abd ${keys[1]}`, d);
    const s = skeleton(this.surnameOf(d));
    this.put(`s${s}`, d);
    if (keys.length === 1) this.put(`1${s}`, d);
    else {
      this.put(`f${s}|${matchKey(keys[0] ?? "")}`, d);
      this.put(`g${s}|${skeleton(keys[0] ?? "")}`, d);
      // "D. Whitcombe" for "Daniel Whitcombe": the given name's initial.
      this.put(`i${s}|${matchKey(keys[0] ?? "").slice(0, 1)}`, d);
    }
  }

  /**
   * "Rojin" for "Rojin Bakr": the one person whose full name starts with this lone given name,
   * when no other person has it and it ends no one's name ("Ali" in "Zozan Ali"). A given name
   * compounded with "Abd" is given as its two keys ("abd sattar").
   */
  byFirstName(key: string): EntityDraft | undefined {
    const owners = this.buckets.get(`^${key}`);
    if (owners?.length !== 1 || this.buckets.has(`~${key}`)) return undefined;
    return owners[0];
  }

  /**
   * The first draft added that `accepts`, among those with the same keys or, when `asPerson`,
   * those `samePerson` may accept for `keys` and `surname`. `accepts` must hold of no draft
   * outside those (it is the scan's own test).
   */
  find(
    keys: readonly string[],
    surname: string,
    asPerson: boolean,
    accepts: (d: EntityDraft) => boolean,
  ): EntityDraft | undefined {
    const names = [`=${keys.join(" ")}`];
    if (asPerson && keys.length > 0) {
      const s = skeleton(surname);
      names.push(
        `~${keys.join(" ")}`,
        ...(keys.length === 1
          ? [`s${s}`]
          : [
              `1${s}`,
              `f${s}|${matchKey(keys[0] ?? "")}`,
              `g${s}|${skeleton(keys[0] ?? "")}`,
              `i${s}|${matchKey(keys[0] ?? "").slice(0, 1)}`,
            ]),
      );
    }
    let best: EntityDraft | undefined;
    let bestAt = Number.POSITIVE_INFINITY;
    for (const name of names) {
      for (const d of this.buckets.get(name) ?? []) {
        const at = this.order.get(d) as number;
        if (at >= bestAt) break;
        if (accepts(d)) {
          best = d;
          bestAt = at;
          break;
        }
      }
    }
    return best;
  }
}
