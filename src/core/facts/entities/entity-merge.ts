import { directionOf } from "../lexicon/index.js";
import { type Doc, spanText } from "../text/doc.js";
import type { Token } from "../text/tokenize.js";
import type { Candidate } from "./entity-candidates.js";
import {
  COURTESY_TITLES,
  type EntityDraft,
  mergeDrafts,
  NameIndex,
  nameKeysOf,
  resolveDraft,
  samePerson,
} from "./entity-draft.js";
import { LABEL_MARKS } from "./section-labels.js";

/**
 * Unknown names into entities: spelling variants of one person within an article become one
 * entity, and a name followed by its acronym or gloss in brackets ("Syrian Democratic Forces
 * (SDF)", "Popular Army Forces (Al-Hashd Al-Shaabi militia)") joins what the brackets name.
 */

function surnameOf(doc: Doc, draft: EntityDraft, first: number, last: number): string {
  for (let k = last; k >= first; k--) {
    const t = doc.tokens[k];
    if (t?.kind === "word") return t.text;
  }
  return draft.name;
}

/** Prepositions of location: after them a name is where something is, never who. */
const LOCATIVES = new Set(["in", "near", "at", "inside", "outside"]);

/**
 * Common nouns after a place's name that make the words a place of their own ("the Makhmour
 * desert" is a region, "the Abbasi bridge" a structure; tests/fixtures/ANNOTATION.md rule 6 and
 * entities.ts's OWN_PLACE_NOUNS for a known town): the name is read with its noun, never as a
 * spelling of the bare name, which the text may use for a town apart from them.
 */
const OWN_PLACE_HEADS: Readonly<Record<string, Candidate["type"]>> = { desert: "place", bridge: "facility" };

function withOwnHead(doc: Doc, c: Candidate): Candidate {
  if (c.type !== "place" || c.mentionLast !== c.last + 1) return c;
  const noun = doc.tokens[c.mentionLast];
  const type = noun && noun.kind === "word" && !noun.cap ? OWN_PLACE_HEADS[noun.norm] : undefined;
  if (!type) return c;
  const before = doc.tokens[c.first - 1];
  // "the Mosul–Baaj desert road" (a route), "the eastern Baaj desert" (a direction's region).
  if (/^[-‐‑–—/]$/.test(before?.text ?? "") || (before?.kind === "word" && directionOf(before.text)))
    return c;
  return { ...c, type, last: c.mentionLast };
}

/** Drafts for the candidates, people first and fullest names first so partial names join them. */
export function draftsFromCandidates(doc: Doc, given: readonly Candidate[]): EntityDraft[] {
  const candidates = given.map((c) => withOwnHead(doc, c));
  const drafts: EntityDraft[] = [];
  const surnames = new Map<EntityDraft, string>();
  // "the villages of X and Abu Qalqal", "in Abu Qalqal" (twice), "shelling hit Abu Qalqal": one
  // name read as a place in most mentions and as a person in one is a place — the vote of its
  // mentions decides, not the person reading that would otherwise be sorted first.
  const votes = new Map<string, Map<string, number>>();
  for (const c of candidates) {
    const key = nameKeysOf(doc, c.first, c.last).join(" ");
    const v = votes.get(key) ?? new Map<string, number>();
    v.set(c.type, (v.get(c.type) ?? 0) + 1);
    votes.set(key, v);
  }
  // "the Jubour tribe" … "Elder of the Jubour": a lone word named once before its common noun
  // (tribe, mountains, camp) is that body or place where it stands alone too, not a surname.
  const headed = new Map<string, Candidate["type"]>();
  for (const c of candidates) {
    const keys = nameKeysOf(doc, c.first, c.last);
    if (keys.length === 1 && c.type !== "person" && c.mentionLast > c.last) headed.set(keys[0] ?? "", c.type);
  }
  const retyped = candidates.map((c) => {
    const keys = nameKeysOf(doc, c.first, c.last);
    const v = votes.get(keys.join(" "));
    const mine = v?.get(c.type) ?? 0;
    const place = v?.get("place") ?? 0;
    if (c.type !== "person") return c;
    const head = keys.length === 1 ? headed.get(keys[0] ?? "") : undefined;
    if (head) return { ...c, type: head };
    return place >= 2 && place > 2 * mine ? { ...c, type: "place" as const } : c;
  });
  const order = [...retyped].sort(
    (a, b) =>
      Number(b.type === "person") - Number(a.type === "person") ||
      nameKeysOf(doc, b.first, b.last).length - nameKeysOf(doc, a.first, a.last).length ||
      a.first - b.first,
  );
  const index = new NameIndex(
    (d) => surnames.get(d) ?? d.name,
    (d) => d.type === "person",
  );
  for (const c of order) {
    const keys = nameKeysOf(doc, c.first, c.last);
    if (keys.length === 0) continue;
    const surname = doc.tokens[c.last]?.text ?? "";
    const mention = { first: c.first, last: c.mentionLast };
    // A lone word may be a surname met again ("al-Jabouri" for "Hamad al-Jabouri"), but not one
    // named before its common noun: "the Jubour tribe", "the Makhoul mountains" name a body or a
    // place whatever surname shares their consonants.
    // Nor one read as a place where only a place stands: "a patrol in al-Rashad" is a village,
    // whatever man named Rashid the article quotes.
    const courtesy = COURTESY_TITLES.has(
      c.title
        ?.toLowerCase()
        .split(/[^\p{L}]+/u)
        .filter(Boolean)
        .pop() ?? "",
    );
    const located = c.type === "place" && LOCATIVES.has(doc.tokens[c.first - 1]?.norm ?? "");
    const asPerson = c.type === "person" || (keys.length <= 1 && c.mentionLast === c.last && !located);
    // The same spelling again is that entity before it is anyone whose surname sounds alike:
    // "the Jubour" after "the Jubour tribe" is the tribe, not "Hamad al-Jabouri".
    const exact = index.find(keys, surname, false, (d) => d.nameKeys.join(" ") === keys.join(" "));
    const same =
      exact ??
      index.find(keys, surname, asPerson, (d) => {
        if (d.nameKeys.join(" ") === keys.join(" ")) return true;
        if (d.type !== "person") return false;
        if (c.type !== "person" && keys.length > 1) return false;
        return samePerson(d.nameKeys, keys, surnames.get(d) ?? d.name, surname, courtesy);
      });
    // "Hajji Abd al-Sattar" for "Abd al-Sattar Hammadi": a compound given name alone is a
    // given name as a single one is.
    const given = keys.length === 1 || (keys.length === 2 && keys[0] === "abd") ? keys.join(" ") : undefined;
    const byFirst =
      !same && given !== undefined && c.type === "person" ? index.byFirstName(given) : undefined;
    if (byFirst) {
      byFirst.mentions.push(mention);
      continue;
    }
    if (same) {
      same.mentions.push(mention);
      same.title ??= c.title;
      continue;
    }
    // "the Operations Command" after "engineers of the Nineveh Operations Command": a body's name
    // without its opening words, after "the", is that body named for short, when exactly one body
    // of the article ends in those words (with two, "the Operations Command" names neither).
    // "KooraIraq · Stars League · Sunday …" over a story on the "Iraq Stars League": so is one
    // set off as a label between section marks, where no "the" is written.
    const label =
      LABEL_MARKS.has(doc.tokens[c.first - 1]?.text ?? "") &&
      LABEL_MARKS.has(doc.tokens[c.mentionLast + 1]?.text ?? "");
    if (c.type === "organization" && keys.length >= 2 && (doc.tokens[c.first - 1]?.norm === "the" || label)) {
      const longer = drafts.filter(
        (d) =>
          d.type === "organization" &&
          d.nameKeys.length > keys.length &&
          keys.every((k, j) => d.nameKeys[d.nameKeys.length - keys.length + j] === k),
      );
      if (longer.length === 1 && longer[0]) {
        longer[0].mentions.push(mention);
        continue;
      }
    }
    const draft: EntityDraft = {
      type: c.type,
      name: spanText(doc, c.first, c.last),
      nameKeys: keys,
      extraAliases: [],
      mentions: [mention],
      ...(c.gender ? { gender: c.gender } : {}),
      ...(c.title ? { title: c.title } : {}),
    };
    surnames.set(draft, surnameOf(doc, draft, c.first, c.last));
    drafts.push(draft);
    index.add(draft);
  }
  return drafts;
}

/**
 * "Long Form (LF)" and "Name (gloss)": when a mention is followed directly by brackets that
 * hold one other mention or one unknown capitalised acronym, the two are one entity.
 */
/** Small words a body's name may hold between its capitalised words: "Aid to the Church in Need". */
const INITIALS_JOINERS = new Set(["of", "the", "to", "in", "for", "and", "on", "at"]);

/**
 * "Aid to the Church in Need (ACN)": a run of capitalised words, with small words between them,
 * whose capitals' initials spell the acronym in the brackets after it is a body's name, though no
 * word of it is a body's noun. A new draft for it, owning its words; undefined when none fits.
 */
function initialledBody(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  drafts: EntityDraft[],
  open: number,
): EntityDraft | undefined {
  const { tokens } = doc;
  const acronym = tokens[open + 1];
  if (!acronym?.upper || acronym.kind !== "word" || tokens[open + 2]?.text !== ")") return undefined;
  const letters = acronym.text;
  if (letters.length < 3 || letters.length > 6 || !/^[A-Z]+$/.test(letters)) return undefined;
  const sentence = tokens[open]?.sentence;
  const last = open - 1;
  if (!tokens[last]?.cap || tokens[last]?.kind !== "word") return undefined;
  let initials = "";
  for (let j = last; j >= 0 && last - j < 14; j--) {
    const t = tokens[j] as Token;
    if (t.sentence !== sentence || owners.has(j) || t.kind !== "word" || t.upper) return undefined;
    if (t.cap) {
      initials = (t.text[0] ?? "") + initials;
      // Only a name its small words broke ("Aid to the Church in Need"): an unbroken capitalised
      // run with its acronym is read elsewhere, and one left unread there names a course or a
      // programme ("Hostile Environment Awareness Training (HEAT)"), no body.
      const broken = tokens.slice(j, last).some((x) => !x.cap);
      if (initials === letters && broken) {
        const draft: EntityDraft = {
          type: "organization",
          name: spanText(doc, j, last),
          nameKeys: nameKeysOf(doc, j, last),
          extraAliases: [],
          mentions: [{ first: j, last }],
        };
        drafts.push(draft);
        for (let k = j; k <= last; k++) owners.set(k, draft);
        return draft;
      }
      if (initials.length >= letters.length || !letters.endsWith(initials)) return undefined;
    } else if (!INITIALS_JOINERS.has(t.norm)) return undefined;
  }
  return undefined;
}

export function joinBracketed(doc: Doc, owners: Map<number, EntityDraft>, drafts: EntityDraft[]): void {
  const { tokens } = doc;
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]?.text !== "(") continue;
    const before = owners.get(i - 1) ?? initialledBody(doc, owners, drafts, i);
    if (!before) continue;
    let close = i + 1;
    while (close < tokens.length && tokens[close]?.text !== ")" && close - i < 10) close++;
    if (tokens[close]?.text !== ")" || close === i + 1) continue;
    const inner = new Set<EntityDraft>();
    let unowned = 0;
    for (let k = i + 1; k < close; k++) {
      const owner = owners.get(k);
      if (owner) inner.add(resolveDraft(owner));
      else if (tokens[k]?.kind === "word" && tokens[k]?.cap) unowned++;
    }
    const a = resolveDraft(before);
    if (spellingElsewhere(tokens, owners, drafts, a, i)) continue;
    // "Karwan Bedros (Hemin Faraj's cousin)": a relation to the one named inside names someone else.
    const relation = tokens
      .slice(i + 2, close)
      .some((t) => t.kind === "poss" && owners.get(t.i - 1) !== undefined && inner.size === 1);
    if (inner.size === 1 && unowned === 0 && !relation) {
      const b = [...inner][0] as EntityDraft;
      if (a === b || (a.lexicon && b.lexicon)) continue;
      // "Umm Qasr (also Umm Qasir)", "Tel Abyad (or Tal Abyad)": brackets that say they hold
      // another spelling name the same thing, whatever the other spelling alone looks like
      // ("Umm" opens a woman's kunya too).
      if (a.type !== b.type && !variantOpener(tokens, i + 1)) continue;
      b.type = a.type;
      // The lexicon's entry absorbs the unknown spelling.
      if (a.lexicon) mergeDrafts(a, b);
      else mergeDrafts(b, a);
      continue;
    }
    const acronym = tokens[i + 1];
    if (inner.size === 0 && close === i + 2 && acronym?.upper && acronym.text.length <= 6) {
      const draft: EntityDraft = {
        type: a.type,
        name: acronym.text,
        nameKeys: [acronym.key],
        extraAliases: [],
        mentions: [],
      };
      draft.mentions.push({ first: i + 1, last: i + 1 });
      drafts.push(draft);
      mergeDrafts(a, draft);
      continue;
    }
    // "European Union Advisory Mission in Iraq (EUAM Iraq)": the acronym and the place the
    // name ends with are the body's short name, not a mention of the place of their own.
    const tail = tokens.slice(i + 2, close);
    const nameEnd = tokens.slice(i - tail.length, i);
    if (
      acronym?.upper &&
      acronym.text.length <= 6 &&
      !owners.has(i + 1) &&
      a.type === "organization" &&
      tail.length > 0 &&
      tail.every((t, k) => t.norm === nameEnd[k]?.norm && owners.get(t.i) !== undefined)
    ) {
      for (const t of tail) {
        const place = owners.get(t.i) as EntityDraft;
        place.mentions = place.mentions.filter((m) => m.first > t.i || m.last < t.i);
      }
      const draft: EntityDraft = {
        type: a.type,
        name: doc.text.slice(acronym.start, tokens[close - 1]?.end ?? acronym.end),
        nameKeys: [acronym.key, ...tail.map((t) => t.key)],
        extraAliases: [],
        mentions: [{ first: i + 1, last: close - 1 }],
      };
      drafts.push(draft);
      mergeDrafts(a, draft);
    }
  }
}

/** Words after a name in brackets that say where that spelling is written ("on his ID card"). */
const SPELLING_SOURCES = new Set(["in", "on", "according", "per"]);

/**
 * "Ashur Yaqub (Ashour Yacoub on his ID card)", "Nesrîn Ebdo (Nisreen Abdo in the Arabic
 * press)": a person's name, then in brackets another person's name and where that spelling is
 * written, is one person spelled two ways, whatever other names the source's words hold. A
 * relation in the brackets ("Karwan Bedros (Hemin Faraj's cousin)") names someone else, and
 * stays apart. Merges the two and returns true when the brackets at `open` so read.
 */
function spellingElsewhere(
  tokens: readonly Token[],
  owners: Map<number, EntityDraft>,
  drafts: readonly EntityDraft[],
  a: EntityDraft,
  open: number,
): boolean {
  const first = owners.get(open + 1);
  if (a.type !== "person" || !first) return false;
  const b = resolveDraft(first);
  if (b === a || b.type !== "person" || b.lexicon || a.lexicon) return false;
  const mention = b.mentions.find((m) => m.first === open + 1);
  if (!mention || mention.last === mention.first) return false;
  const source = tokens[mention.last + 1];
  if (source?.kind !== "word" || !SPELLING_SOURCES.has(source.norm)) return false;
  // The brackets close on the same line, a few words on.
  for (let k = mention.last + 2; k <= mention.last + 12; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== source.sentence || t.text === "(") return false;
    if (t.text === ")") {
      const given = new Set([a.nameKeys[0], b.nameKeys[0]]);
      mergeDrafts(a, b);
      // "Ashur says": the given name alone, which the two spellings left ambiguous, is his
      // when no one else of the article bears it.
      const live = drafts.filter((d) => !d.mergedInto && d !== a && d.type === "person" && !d.lexicon);
      const bearers = live.filter((d) => given.has(d.nameKeys[0]));
      if (bearers.every((d) => d.nameKeys.length === 1)) for (const d of bearers) mergeDrafts(a, d);
      return true;
    }
  }
  return false;
}

/** "(also X)", "(or X)", "(formerly X)", "(also spelled X)": brackets opening another spelling. */
function variantOpener(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.norm ?? "";
  return w === "also" || w === "or" || w === "formerly" || w === "aka" || w === "alias";
}

/** Words that open another name for the same person: "known as", "also known as", "alias". */
function aliasOpener(tokens: readonly Token[], k: number): number {
  let j = k;
  if (tokens[j]?.norm === "also") j++;
  if (tokens[j]?.norm === "known" && tokens[j + 1]?.norm === "as") j += 2;
  else if (tokens[j]?.norm === "alias" || tokens[j]?.norm === "aka") j++;
  else return -1;
  while (/^["“”'‘’]$/.test(tokens[j]?.text ?? "")) j++;
  return j;
}

/**
 * "Khalil Ibrahim al-Hamad, known as \"Abu Hafs al-Shuhaili\"", "X, also known as Y": a person
 * and the other name they go by are one person, whatever the other name looks like.
 */
export function joinKnownAs(doc: Doc, owners: Map<number, EntityDraft>): void {
  const { tokens } = doc;
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]?.text !== ",") continue;
    const before = owners.get(i - 1);
    if (!before) continue;
    const k = aliasOpener(tokens, i + 1);
    const after = k > 0 ? owners.get(k) : undefined;
    if (!after) continue;
    const a = resolveDraft(before);
    const b = resolveDraft(after);
    if (a === b || a.type !== "person" || b.type !== "person" || (a.lexicon && b.lexicon)) continue;
    if (b.lexicon) mergeDrafts(b, a);
    else mergeDrafts(a, b);
  }
}

/** Heads of a body's own part: "the Economic Office", "the Anti-Narcotics Department". */
const PART_HEADS = new Set(["office", "department", "bureau", "directorate", "section", "division"]);

/**
 * "the Economic Office of the Autonomous Administration": an office, a department of a known
 * body named after "of the" is the body's part, and its full name as written is the office's
 * name too (the body stays an entity of its own, whose part it is).
 */
export function nameBodyParts(
  doc: Doc,
  drafts: readonly EntityDraft[],
  owners: Map<number, EntityDraft>,
): void {
  const { tokens } = doc;
  for (const part of drafts) {
    if (part.type !== "organization" || part.lexicon || part.mergedInto) continue;
    for (const m of part.mentions) {
      if (!PART_HEADS.has(tokens[m.last]?.norm ?? "") || m.first === m.last) continue;
      if (tokens[m.last + 1]?.norm !== "of" || tokens[m.last + 2]?.norm !== "the") continue;
      const owner = owners.get(m.last + 3);
      const body = owner ? resolveDraft(owner) : undefined;
      if (!body?.lexicon || body.type !== "organization" || body === part) continue;
      const mention = body.mentions.find((b) => b.first === m.last + 3);
      if (!mention) continue;
      part.extraAliases.push(spanText(doc, m.first, mention.last));
      break;
    }
  }
}
