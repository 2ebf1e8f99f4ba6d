import type { EntityDraft } from "../entities/entity-draft.js";
import { type Doc, spanText } from "../text/doc.js";
import { BULLETS } from "../text/segment.js";
import type { Token } from "../text/tokenize.js";
import { NAME_PARTICLES, ROLE_NOUNS, TITLES } from "../text/word-lists.js";
import type { Speaker } from "./speakers.js";

/**
 * A record's list of those present ("Present:" with one member a line, "Members present: A
 * (Chair); B", "Witnesses: Dr X, Senior Fellow, ...; Y, Director, ..."): each entry pairs a
 * person with the words of their office. Minutes and records then name people by office alone
 * ("The Chair", "The Commander of Operations", "The Director of National Security"), and the
 * list is what says who that is — however far above the reference it stands.
 */

export interface RosterEntry {
  speaker: Speaker;
  /** The office's words, lower case, without the name, its titles or joining words. */
  office: ReadonlySet<string>;
}

/** Headings of an attendance list whose entries follow on the same line, split by semicolons. */
const LIST_HEADS = new Set(["present", "attendance", "attending", "witnesses", "participants", "members"]);
const JOINERS = new Set(["of", "the", "for", "in", "and", "at", "on", "to", "a", "an"]);
/** Offices of a body's record beyond the general role nouns: "District Commissioner", "Clerk". */
const OFFICE_NOUNS = new Set([
  "commissioner",
  "rapporteur",
  "chairperson",
  "treasurer",
  "registrar",
  "clerk",
]);
const isOffice = (w: string) => ROLE_NOUNS.has(w) || TITLES.has(w) || OFFICE_NOUNS.has(w);

const isNameWord = (t: Token | undefined) =>
  t !== undefined && t.kind === "word" && (t.cap || NAME_PARTICLES.has(t.norm) || t.norm === "al");

/** The tokens [a, b] of one entry, split at commas outside parentheses. */
function segments(tokens: readonly Token[], a: number, b: number): [number, number][] {
  const out: [number, number][] = [];
  let depth = 0;
  let from = a;
  for (let k = a; k <= b; k++) {
    const t = tokens[k]?.text;
    if (t === "(") depth++;
    else if (t === ")") depth--;
    else if (t === "," && depth === 0) {
      if (k > from) out.push([from, k - 1]);
      from = k + 1;
    }
  }
  if (b >= from) out.push([from, b]);
  return out;
}

/**
 * The name in a segment: a person the entity step found there, else two to four capitalised
 * words after the titles ("Lieutenant General Riyadh Jabbar"), with nothing else but a
 * description in parentheses.
 */
function nameIn(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  a: number,
  b: number,
): { speaker: Speaker; first: number; last: number } | null {
  const { tokens } = doc;
  for (let k = a; k <= b; k++) {
    const d = owners.get(k);
    // "District Commissioner" taken for a name is the office, not the member.
    if (
      d?.type !== "person" ||
      d.name
        .toLowerCase()
        .split(/[\s-]+/)
        .some(isOffice)
    )
      continue;
    let last = k;
    while (owners.get(last + 1) === d) last++;
    return { speaker: { draft: d, name: d.name }, first: k, last };
  }
  let first = a;
  while (first <= b && (TITLES.has(tokens[first]?.norm ?? "") || tokens[first]?.text === ".")) first++;
  let last = first - 1;
  let words = 0;
  for (let k = first; k <= b; k++) {
    const t = tokens[k] as Token;
    if (t.text === "(") break;
    if (t.text === "-" && !t.space) continue;
    if (!isNameWord(t) || ROLE_NOUNS.has(t.norm) || OFFICE_NOUNS.has(t.norm)) return null;
    if (t.cap) words++;
    last = k;
  }
  if (words < 2 || words > 4) return null;
  return { speaker: { draft: null, name: spanText(doc, first, last) }, first, last };
}

function entry(doc: Doc, owners: Map<number, EntityDraft>, a: number, b: number): RosterEntry | null {
  const { tokens } = doc;
  let named: ReturnType<typeof nameIn> = null;
  for (const [x, y] of segments(tokens, a, b)) {
    named = nameIn(doc, owners, x, y);
    if (named) break;
  }
  if (!named) return null;
  // The titles right before the name ("Dr", "Lieutenant General") are no part of the office.
  let titled = named.first;
  while (
    titled > a &&
    ((TITLES.has(tokens[titled - 1]?.norm ?? "") && tokens[titled - 1]?.cap) ||
      tokens[titled - 1]?.text === ".")
  )
    titled--;
  const office = new Set<string>();
  for (let k = a; k <= b; k++) {
    if (k >= titled && k <= named.last) continue;
    const t = tokens[k] as Token;
    if (t.kind === "word" && !JOINERS.has(t.norm)) office.add(t.norm);
  }
  return [...office].some(isOffice) ? { speaker: named.speaker, office } : null;
}

export function findRoster(doc: Doc, owners: Map<number, EntityDraft>): RosterEntry[] {
  const { tokens, sentences } = doc;
  const roster: RosterEntry[] = [];
  for (const s of sentences) {
    const open = tokens[s.tokenStart];
    if (!open) continue;
    const before = tokens[s.tokenStart - 1];
    // "- Governor of Nineveh, Dr Hazim al-Sabawi (Chair)": one member a line.
    if (before && BULLETS.has(before.text) && before.breaks > 0) {
      const e = entry(doc, owners, s.tokenStart, s.tokenEnd - 1);
      if (e) roster.push(e);
      continue;
    }
    // "Members present: A (Chair); B; C.": the members after the heading, split by semicolons.
    if (open.breaks === 0 && s.index > 0) continue;
    let colon = s.tokenStart;
    while (colon < Math.min(s.tokenEnd, s.tokenStart + 3) && tokens[colon]?.text !== ":") colon++;
    if (tokens[colon]?.text !== ":") continue;
    const heads = tokens.slice(s.tokenStart, colon);
    if (heads.length === 0 || !heads.some((t) => LIST_HEADS.has(t.norm))) continue;
    let from = colon + 1;
    for (let k = colon + 1; k <= s.tokenEnd; k++) {
      const t = tokens[k]?.text;
      if (k < s.tokenEnd && t !== ";") continue;
      let to = k - 1;
      if (tokens[to]?.text === ".") to--;
      const e = to >= from ? entry(doc, owners, from, to) : null;
      if (e) roster.push(e);
      from = k + 1;
    }
  }
  return roster;
}

/**
 * The one member whose office has every word of a reference by office ("Commander of
 * Operations" for "Commander of Nineveh Operations Command"), or null when none or several do.
 */
export function rosterHolder(roster: readonly RosterEntry[], words: readonly string[]): Speaker | null {
  const content = words.filter((w) => !JOINERS.has(w));
  if (content.length === 0 || !content.some(isOffice)) return null;
  let found: Speaker | null = null;
  for (const e of roster) {
    if (!content.every((w) => e.office.has(w))) continue;
    if (found && found.name !== e.speaker.name) return null;
    found = e.speaker;
  }
  return found;
}
