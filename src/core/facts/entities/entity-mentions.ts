import type { Doc } from "../text/doc.js";
import { isJoiner, type Token } from "../text/tokenize.js";
import { givenName, isCommonWord } from "../text/word-classes.js";
import { NAME_PARTICLES, NOT_NAME_WORDS, ORG_HEADS, TITLES } from "../text/word-lists.js";
import { type EntityDraft, NameIndex, nameKeysOf, samePerson } from "./entity-draft.js";
import { WORSHIP_HEADS } from "./entity-type-guess.js";

/**
 * Mentions found once an entity is known: its name again where nothing flagged it (a
 * sentence-initial "Haskan said", a title-case headline), and definite references
 * ("the coalition", "the Ministry") to the one organization of that kind named earlier.
 */

/** The capitalised name run at token i, without leading titles: [first, last] or null. */
function nameRunAt(tokens: readonly Token[], i: number): [number, number] | null {
  let first = i;
  while (tokens[first] && (TITLES.has(tokens[first]?.norm ?? "") || tokens[first]?.text === ".")) first++;
  let last = first - 1;
  for (let k = first; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (k > first && t.sentence !== tokens[first]?.sentence) break;
    if (t.kind === "word" && (t.cap || (NAME_PARTICLES.has(t.norm) && isJoiner(tokens, k + 1)))) last = k;
    else if (isJoiner(tokens, k) && k > first) continue;
    else break;
    if (k - first > 8) break;
  }
  return last >= first ? [first, last] : null;
}

export function addLaterMentions(
  doc: Doc,
  drafts: readonly EntityDraft[],
  owners: Map<number, EntityDraft>,
): void {
  const { tokens } = doc;
  const unknown = drafts.filter((d) => !d.lexicon && d.nameKeys.length > 0);
  const acronyms = new Map<string, EntityDraft>();
  for (const d of drafts) for (const a of d.extraAliases) if (/^\p{Lu}{2,6}$/u.test(a)) acronyms.set(a, d);
  if (unknown.length === 0 && acronyms.size === 0) return;
  const surnameOf = (d: EntityDraft) => d.name.split(/[\s-]+/).pop() ?? d.name;
  const index = new NameIndex(surnameOf, (d) => d.type === "person" && d.nameKeys.length >= 2);
  for (const d of unknown) index.add(d);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (owners.has(i) || t.kind !== "word" || t.sentence < 0) continue;
    const byAcronym = acronyms.get(t.text);
    if (byAcronym) {
      byAcronym.mentions.push({ first: i, last: i });
      continue;
    }
    if (!t.cap && !NAME_PARTICLES.has(t.norm)) continue;
    const run = nameRunAt(tokens, i);
    if (!run) continue;
    const [first, last] = run;
    if ([...Array(last - first + 1).keys()].some((n) => owners.has(first + n))) continue;
    const keys = nameKeysOf(doc, first, last);
    if (keys.length === 0 || keys.every((k) => NOT_NAME_WORDS.has(k))) continue;
    const surname = tokens[last]?.text ?? "";
    // A lone given name ("Ali") is not enough to point at a person; "al-Ali" is a surname.
    const particle = NAME_PARTICLES.has(tokens[first]?.norm ?? "") && first < last;
    const asPerson = !(keys.length === 1 && givenName(keys[0] ?? "") && !particle);
    // The same spelling names the same entity before a surname that sounds alike does.
    const exact = index.find(keys, surname, false, (d) => d.nameKeys.join(" ") === keys.join(" "));
    const draft =
      exact ??
      index.find(keys, surname, asPerson, (d) => {
        if (d.nameKeys.join(" ") === keys.join(" ")) return true;
        if (d.type !== "person" || d.nameKeys.length < 2) return false;
        if (!asPerson) return false;
        return samePerson(d.nameKeys, keys, surnameOf(d), surname);
      });
    // "Thank you, Rojin.": a lone given name of the one person whose full name starts with it.
    const found =
      draft ??
      (keys.length === 1 && !asPerson && !isCommonWord(t.norm)
        ? index.byFirstName(keys[0] ?? "")
        : undefined);
    if (!found) continue;
    found.mentions.push({ first, last });
    for (let k = first; k <= last; k++) owners.set(k, found);
    i = last;
  }
}

/** Last words of a body's name that call no body of their own: "Syrian Democratic Forces". */
const NOT_LAST_HEADS = new Set([
  "forces",
  "force",
  "group",
  "units",
  "unit",
  "guards",
  "guard",
  "media",
  "news",
  "times",
  "post",
]);

/** The noun an organization is called by once named: "ministry", "coalition", "army". */
function headsOf(draft: EntityDraft): string[] {
  if (draft.type === "place" || draft.type === "facility") return siteHead(draft);
  if (draft.type !== "organization") return [];
  const heads = [...(draft.lexicon?.heads ?? [])];
  const words = draft.name.toLowerCase().split(/[\s-]+/);
  const head = words.find((w) => ORG_HEADS.has(w));
  // "the army" is a state's: not a rebel army named earlier ("Syrian National Army").
  const rebelArmy = head === "army" && draft.lexicon?.kind === "rebel";
  if (head && head !== "forces" && head !== "group" && !rebelArmy) heads.push(head);
  // "the Anbar Police Command … the command", "the Shirqat police directorate … the directorate":
  // the last word of a compound name is its head noun too, what the body is.
  const last = words[words.length - 1] ?? "";
  if (head && last !== head && ORG_HEADS.has(last) && !NOT_LAST_HEADS.has(last)) heads.push(last);
  return heads;
}

/**
 * "the Omar bin al-Khattab mosque … as they left the mosque", "the Abbas shrine … the shrine": a
 * house of worship named with its lower-case noun is called by that noun alone once named (camps,
 * prisons and fields have readings of their own: "the camp administration").
 */
function siteHead(draft: EntityDraft): string[] {
  const words = draft.name.split(/\s+/);
  const head = words[words.length - 1] ?? "";
  if (words.length < 2) return [];
  // "Erbil International Airport … The airport reopened at 06:00": a named site whose head noun
  // is its kind (an airport, a hospital, an arena) is called by that noun once named.
  if (draft.type === "facility" && SITE_HEADS.has(head.toLowerCase())) return [head.toLowerCase()];
  // "the Church of Mar Addai … near the church": so is one named by its capitalised noun and "of".
  const opening = words.findIndex((w, i) => i <= 1 && WORSHIP_HEADS.has(w.toLowerCase()));
  if (draft.type === "place" && opening >= 0 && words[opening + 1] === "of")
    return [(words[opening] as string).toLowerCase()];
  if (head !== head.toLowerCase()) return [];
  return WORSHIP_HEADS.has(head) ? [head] : [];
}

/** Kinds of site a named facility is called by once named ("the airport", "the hospital"). */
const SITE_HEADS = new Set([
  "airport",
  "hospital",
  "arena",
  "stadium",
  "refinery",
  "dam",
  "university",
  "museum",
  "hotel",
]);

/** The drafts called by each head noun ("directorate": every body whose name ends or turns on it). */
function draftsByHead(drafts: readonly EntityDraft[]): Map<string, EntityDraft[]> {
  const byHead = new Map<string, EntityDraft[]>();
  for (const d of drafts) {
    for (const h of new Set(headsOf(d))) {
      const held = byHead.get(h);
      if (held) held.push(d);
      else byHead.set(h, [d]);
    }
  }
  return byHead;
}

/** A "the NOUN" that addReferences gave to the one body named before with that head noun. */
export interface HeadReference {
  draft: EntityDraft;
  at: number;
}

export function addReferences(
  doc: Doc,
  drafts: readonly EntityDraft[],
  owners: Map<number, EntityDraft>,
): HeadReference[] {
  const { tokens } = doc;
  const byHead = draftsByHead(drafts);
  const linked: HeadReference[] = [];
  if (byHead.size === 0) return linked;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const candidates = byHead.get(t.norm);
    // "the same mosque": the one named before, said again.
    const same = tokens[i - 1]?.norm === "same" && tokens[i - 2]?.norm === "the";
    if (!candidates || owners.has(i) || (tokens[i - 1]?.norm !== "the" && !same)) continue;
    const next = tokens[i + 1];
    if (next && (next.norm === "of" || (next.cap && next.kind === "word" && next.sentence === t.sentence)))
      continue;
    const earlier = candidates.filter((d) => (d.mentions[0]?.first ?? Number.POSITIVE_INFINITY) < i);
    if (earlier.length !== 1) continue;
    const draft = earlier[0] as EntityDraft;
    draft.mentions.push({ first: i, last: i, reference: true });
    owners.set(i, draft);
    linked.push({ draft, at: i });
  }
  return linked;
}

/**
 * "Client: General Directorate of Roads and Bridges ... According to the Shirqat police
 * directorate, ... The directorate said ...": a place's own police, directorate or council is
 * made a body after addReferences has run, so "the directorate" went to the only body of that
 * head named before then. Once a second body of the same head is named before the reference,
 * the noun no longer picks out one of them: it is unlinked and left to the speaker's reading
 * (the body quoted last), as addReferences leaves a noun two bodies share.
 */
export function unlinkSharedReferences(
  doc: Doc,
  drafts: readonly EntityDraft[],
  linked: readonly HeadReference[],
): void {
  const byHead = draftsByHead(drafts.filter((d) => !d.mergedInto));
  for (const { draft, at } of linked) {
    const noun = doc.tokens[at]?.norm ?? "";
    const before = (byHead.get(noun) ?? []).filter((d) =>
      d.mentions.some((m) => !m.reference && m.first < at),
    );
    if (before.length < 2) continue;
    draft.mentions = draft.mentions.filter((m) => !(m.reference && m.first === at && m.last === at));
  }
}
