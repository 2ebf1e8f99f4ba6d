import { type Doc, spanText } from "../text/doc.js";
import type { Token } from "../text/tokenize.js";
import { isVerbWord } from "../text/word-classes.js";
import { NOT_NAME_WORDS, PARTY_NOUNS, ROLE_NOUNS, TITLES } from "../text/word-lists.js";
import type { EntityDraft } from "./entity-draft.js";

/**
 * Roles the article gives people: "the head of Iraqi intelligence, Hamid al-Shatari",
 * "Nour Khalil, a teacher who ...", "military advisor Safaa al-Aasm", or a title alone.
 * The organization or country named inside the role becomes the person's affiliation.
 */

const DETERMINERS = new Set(["the", "a", "an", "its", "his", "her", "their", "our"]);
/** Words a role phrase never crosses when read backwards from the name. */
const STOPS = new Set([
  "by",
  "with",
  "that",
  "said",
  "told",
  "met",
  "when",
  "after",
  "before",
  "while",
  "than",
  "including",
  "whom",
  "who",
  "which",
  "says",
  "as",
]);
const MODIFIERS = new Set(
  "military security senior former deputy chief top local tribal political defence defense foreign regional independent prominent veteran retired police army intelligence government ministry border prison camp news media kurdish".split(
    " ",
  ),
);
const MAX_ROLE_WORDS = 14;

interface Range {
  first: number;
  last: number;
}

function hasRoleNoun(tokens: readonly Token[], r: Range, within: number): boolean {
  let words = 0;
  for (let k = r.first; k <= r.last && words < within; k++) {
    // A signature ends a text with "NAME, Place": the range may run past the last token.
    const t = tokens[k];
    if (!t) break;
    if (t.kind !== "word") continue;
    words++;
    if (ROLE_NOUNS.has(t.norm)) return true;
  }
  return false;
}

function skipDeterminers(tokens: readonly Token[], r: Range): Range {
  let { first } = r;
  while (first <= r.last && DETERMINERS.has(tokens[first]?.norm ?? "")) first++;
  return { first, last: r.last };
}

/**
 * Whether token `k` is in the sentence of token `at`: walking back over titles and their stops
 * ("Gen.") never crosses into the sentence before ("... based in Erbil. GENERAL WHITFIELD:").
 */
const sameSentence = (tokens: readonly Token[], k: number, at: number) =>
  tokens[k]?.sentence === tokens[at]?.sentence;
/** A capitalised title ("Brigadier General") or the stop of an abbreviated one ("Gen."). */
const capitalTitleOrStop = (t: Token | undefined) =>
  (TITLES.has(t?.norm ?? "") && t?.cap === true) || t?.text === ".";

/** "the head of Iraqi intelligence, NAME": the phrase before the comma in front of the name. */
function roleBefore(tokens: readonly Token[], first: number): Range | null {
  let k = first - 1;
  while (
    k >= 0 &&
    sameSentence(tokens, k, first) &&
    (TITLES.has(tokens[k]?.norm ?? "") || tokens[k]?.text === ".")
  )
    k--;
  if (tokens[k]?.text !== ",") return null;
  const sentence = tokens[first]?.sentence;
  let start = k;
  for (let j = k - 1; j >= 0 && k - j <= MAX_ROLE_WORDS; j--) {
    const t = tokens[j] as Token;
    if (t.sentence !== sentence || [",", ";", ":", "(", "“", '"'].includes(t.text) || STOPS.has(t.norm))
      break;
    // "its forces killed a senior ISIS leader, NAME": the role starts after the verb.
    if (t.kind === "word" && !t.cap && !ROLE_NOUNS.has(t.norm) && isVerbWord(t.norm)) break;
    start = j;
  }
  if (start === k) return null;
  const r = skipDeterminers(tokens, { first: start, last: k - 1 });
  return r.first <= r.last && hasRoleNoun(tokens, r, 7) ? r : null;
}

/** "NAME, a researcher at ...": the apposition after the name. */
function roleAfter(tokens: readonly Token[], last: number): Range | null {
  if (tokens[last + 1]?.text !== ",") return null;
  // "NAME, a researcher at ...", or without the article: "NAME, director of the Observatory,".
  const bare = !DETERMINERS.has(tokens[last + 2]?.norm ?? "");
  if (bare && !hasRoleNoun(tokens, { first: last + 2, last: last + 3 }, 2)) return null;
  const sentence = tokens[last]?.sentence;
  let end = last + 2;
  for (let j = last + 2; j < tokens.length && j - last <= MAX_ROLE_WORDS; j++) {
    const t = tokens[j] as Token;
    if (t.sentence !== sentence || [",", ";", ".", "“", '"'].includes(t.text)) break;
    end = j;
  }
  const r = skipDeterminers(tokens, { first: last + 2, last: end });
  return r.first <= r.last && hasRoleNoun(tokens, r, 4) ? r : null;
}

/**
 * "Claimant: NAME", "Applicant: Dr NAME": a field opening a line with the party the ruling or
 * the form is about gives the person that part.
 */
function partyField(tokens: readonly Token[], first: number): Range | null {
  let k = first - 1;
  while (k >= 0 && (TITLES.has(tokens[k]?.norm ?? "") || tokens[k]?.text === ".") && tokens[k]?.breaks === 0)
    k--;
  const label = tokens[k - 1];
  if (tokens[k]?.text !== ":" || !label || !PARTY_NOUNS.has(label.norm)) return null;
  return k - 1 === 0 || label.breaks > 0 ? { first: k - 1, last: k - 1 } : null;
}

/** "military advisor NAME", "SDF spokesman NAME": role words directly before the name. */
function rolePremodifier(
  tokens: readonly Token[],
  first: number,
  owners: Map<number, EntityDraft>,
): Range | null {
  let k = first - 1;
  // Capitalised titles ("Gen.", "Brigadier General") stand between; a lowercase "commander" is the role.
  while (k >= 0 && sameSentence(tokens, k, first) && capitalTitleOrStop(tokens[k])) k--;
  const roleNoun = tokens[k];
  if (!roleNoun || !ROLE_NOUNS.has(roleNoun.norm)) return null;
  let start = k;
  for (let j = k - 1; j >= 0 && k - j < 4; j--) {
    const t = tokens[j] as Token;
    const owner = owners.get(j);
    if (t.sentence !== tokens[first]?.sentence) break;
    // "National Security Adviser", "Interior Ministry Spokesman": a capitalised title reads
    // back over its capitalised words.
    const titleWord = roleNoun.cap && t.cap && t.kind === "word" && !NOT_NAME_WORDS.has(t.norm) && !owner;
    if (!(ROLE_NOUNS.has(t.norm) || MODIFIERS.has(t.norm) || titleWord || (owner && owner.type !== "person")))
      break;
    start = j;
  }
  return { first: start, last: k };
}

function affiliationIn(r: Range, owners: Map<number, EntityDraft>): string | undefined {
  let country: string | undefined;
  for (let k = r.first; k <= r.last; k++) {
    const owner = owners.get(k);
    if (owner?.type === "organization") return owner.name;
    if (owner?.lexicon?.kind === "country") country ??= owner.name;
  }
  return country;
}

/** "Sarah Lindqvist of the International Organization for Migration": the organization after. */
function affiliationAfter(
  tokens: readonly Token[],
  draft: EntityDraft,
  owners: Map<number, EntityDraft>,
): string | undefined {
  for (const m of draft.mentions) {
    if (!["of", "from", "at", "with"].includes(tokens[m.last + 1]?.norm ?? "")) continue;
    const k = tokens[m.last + 2]?.norm === "the" ? m.last + 3 : m.last + 2;
    const owner = owners.get(k);
    if (owner?.type === "organization") return owner.name;
  }
  return undefined;
}

/** "Syrian President Ahmed al-Sharaa": the title with the country or organization before it. */
function titleWithCountry(
  doc: Doc,
  draft: EntityDraft,
  owners: Map<number, EntityDraft>,
): string | undefined {
  const { tokens } = doc;
  for (const m of draft.mentions) {
    let k = m.first - 1;
    while (k >= 0 && sameSentence(tokens, k, m.first) && capitalTitleOrStop(tokens[k])) k--;
    const owner = owners.get(k);
    if (k >= 0 && k < m.first - 1 && owner && owner.type !== "person") {
      draft.affiliation ??= owner.name;
      return spanText(doc, k, m.first - 1);
    }
  }
  return undefined;
}

export function attachRoles(
  doc: Doc,
  drafts: readonly EntityDraft[],
  owners: Map<number, EntityDraft>,
): void {
  const { tokens } = doc;
  for (const draft of drafts) {
    if (draft.type !== "person") continue;
    for (const m of draft.mentions) {
      const r =
        roleBefore(tokens, m.first) ??
        roleAfter(tokens, m.last) ??
        rolePremodifier(tokens, m.first, owners) ??
        partyField(tokens, m.first);
      if (!r) continue;
      draft.role = spanText(doc, r.first, r.last);
      const affiliation = affiliationIn(r, owners);
      if (affiliation) draft.affiliation = affiliation;
      break;
    }
    if (!draft.affiliation) draft.affiliation = affiliationAfter(tokens, draft, owners);
    // "Dr" or "Mr" says nothing about what a person does; "Brigadier" does.
    if (!draft.role && draft.title && !/^(?:mr|mrs|ms|dr|prof)\.?$/i.test(draft.title)) {
      draft.role = titleWithCountry(doc, draft, owners) ?? draft.title;
    }
    if (draft.role && !draft.gender) {
      if (/\b(spokeswoman|woman|mother|wife|sister|daughter)\b/i.test(draft.role)) draft.gender = "female";
      else if (/\b(spokesman|father|husband|brother|son)\b/i.test(draft.role)) draft.gender = "male";
    }
  }
}
