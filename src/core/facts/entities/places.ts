import { directionOf, EXTENTS, extentOf, type LexiconEntry, partEntry } from "../lexicon/index.js";
import type { Entity } from "../schema.js";
import type { Doc } from "../text/doc.js";
import type { Dateline } from "../text/segment.js";
import type { Token } from "../text/tokenize.js";
import type { EntityDraft } from "./entity-draft.js";

/**
 * What kind of place a place mention is: an area rather than a point ("eastern Homs" is the
 * governorate's desert, not Homs city; "the Badia" is a region), the place a story was filed
 * from (a dateline), or a place named only in passing ("the Britain-based Observatory",
 * "designated a terrorist group in the United States, Europe and Turkey").
 */

/** Places whose directional parts are areas of their own ("western Anbar", "eastern Homs"). */
const PARTED_KINDS = new Set(["governorate", "city", "region"]);
/** "Britain-based", "Tehran-backed": an adjective, not a location. */
const COMPOUND =
  /^(based|backed|headquartered|registered|funded|sponsored|allied|aligned|affiliated|born|educated|led|brokered|mediated|made)$/;
/** "classified as a terrorist organization in", "banned by", "which designate the group a terrorist group in". */
const DESIGNATION =
  /\b(?:classified|designated|listed|banned|proscribed|outlawed|blacklisted|sanctioned|recogni[sz]ed|designates?|classif(?:y|ies)|bans|proscribes?|outlaws?|blacklists?)\b[^.;:(),]{0,50}?\b(?:in|by)\s+$/;

/** "eastern Homs": the mention and the direction word before it become a part of the place. */
export function splitAreaParts(
  doc: Doc,
  drafts: readonly EntityDraft[],
  owners: Map<number, EntityDraft>,
): EntityDraft[] {
  const { tokens } = doc;
  const parts = new Map<string, EntityDraft>();
  for (const draft of drafts) {
    const entry = draft.lexicon;
    if (draft.type !== "place" || !entry || !PARTED_KINDS.has(entry.kind)) continue;
    draft.mentions = draft.mentions.filter((m) => {
      if (m.demonym || m.reference) return true;
      const before = tokens[m.first - 1];
      let start = m.first - 1;
      let direction = before && directionWord(tokens, start);
      // "the eastern countryside of Homs", "the western countryside of Daraa governorate": the
      // direction qualifies the countryside the place is named for, as in "eastern Homs".
      const rural = ruralPartStart(tokens, m.first, owners);
      if (rural !== null) {
        start = rural;
        direction = directionWord(tokens, rural);
      }
      if (!before || !direction || owners.get(start)) return true;
      // "central Erbil": a city is a point, and its centre is that point, not a part of it. So is
      // "central Daraa", "central Kirkuk": a governorate named after its city is that city too, and
      // "central" names no compass part of it (ANNOTATION rule 6).
      if (direction === "central" && entry.kind !== "region") return true;
      // "north-east Diyala": the compass point written with a hyphen is one direction.
      const joined = tokens[start - 1];
      const compound = tokens[start - 2];
      if (
        (direction === "east" || direction === "west") &&
        joined?.text === "-" &&
        !joined.space &&
        !tokens[start]?.space &&
        compound?.kind === "word" &&
        (compound.norm === "north" || compound.norm === "south") &&
        !owners.get(start - 2)
      ) {
        direction = directionOf(`${compound.norm}${direction}`) ?? direction;
        start -= 2;
      }
      const partial = partEntry(entry, direction);
      let part = parts.get(partial.id);
      if (!part) {
        part = {
          type: "place",
          name: partial.name,
          lexicon: partial,
          nameKeys: [],
          extraAliases: [],
          mentions: [],
        };
        parts.set(partial.id, part);
      }
      part.mentions.push({ first: start, last: m.last });
      for (let k = start; k <= m.last; k++) owners.set(k, part);
      return false;
    });
  }
  if (parts.size === 0) return [...drafts];
  const first = (d: EntityDraft) => d.mentions[0]?.first ?? Number.POSITIVE_INFINITY;
  return [...drafts.filter((d) => d.mentions.length > 0), ...parts.values()].sort(
    (a, b) => first(a) - first(b),
  );
}

/**
 * The land a governorate's or city's direction names when written with "of" after it: "the eastern
 * countryside of Homs", "the southern desert of Raqqa", "the western hinterland of Mosul". The edge of
 * a place is not its land: "the eastern outskirts of Homs", "the eastern edge of Palmyra", "the
 * eastern side of the city" stay the place itself (a city is a point, as "central Erbil" is).
 */
const RURAL_NOUNS = new Set(["countryside", "desert", "hinterland"]);

/**
 * "the eastern countryside of Deir ez-Zor": the direction word before a rural noun and "of" that
 * open the place's mention at `first`, or null. "the countryside of Daraa" (no direction) is the
 * place's own countryside, a spelling of it; "the eastern Aleppo countryside" is read as "eastern
 * Aleppo" already.
 */
function ruralPartStart(
  tokens: readonly Token[],
  first: number,
  owners: ReadonlyMap<number, EntityDraft>,
): number | null {
  const of = tokens[first - 1];
  const noun = tokens[first - 2];
  const at = first - 3;
  if (of?.norm !== "of" || of.cap || noun?.kind !== "word" || noun.cap || !RURAL_NOUNS.has(noun.norm))
    return null;
  if (!tokens[at] || owners.get(at) || owners.get(first - 2)) return null;
  if (tokens[at]?.sentence !== tokens[first]?.sentence) return null;
  return directionWord(tokens, at) ? at : null;
}

/** A direction word joined to the name it qualifies: lower case, or capitalised to start a sentence. */
function directionWord(tokens: readonly Token[], k: number) {
  const t = tokens[k] as Token;
  if (t.kind !== "word") return null;
  const sentenceStart = tokens[k - 1]?.sentence !== t.sentence || /^[.!?"“]$/.test(tokens[k - 1]?.text ?? "");
  if (t.cap && !sentenceStart) return null;
  return directionOf(t.text);
}

export interface PlaceMarks {
  area?: Entity["area"];
  reportedFrom?: boolean;
  passing?: boolean;
}

function areaOf(entry: LexiconEntry): Entity["area"] | undefined {
  const bbox = extentOf(entry.id);
  const slash = entry.id.lastIndexOf("/");
  if (directionOf(entry.id.slice(slash + 1)) && entry.id.indexOf("/") < slash) {
    const base = entry.name.replace(/^\S+\s+/, "");
    return { kind: "part", of: base, ...(bbox ? { bbox } : {}) };
  }
  // A river is a line, not a point: its position is only where its name is set.
  if (
    entry.kind !== "country" &&
    entry.kind !== "governorate" &&
    entry.kind !== "region" &&
    entry.kind !== "river"
  )
    return undefined;
  return { kind: entry.kind, ...(bbox && EXTENTS[entry.id] ? { bbox } : {}) };
}

/** Marks for the place entities of a document: areas, dateline places, passing mentions. */
export function placeMarks(
  doc: Doc,
  drafts: readonly EntityDraft[],
  dateline: Dateline | null,
): Map<EntityDraft, PlaceMarks> {
  const marks = new Map<EntityDraft, PlaceMarks>();
  for (const draft of drafts) {
    if (draft.type !== "place" && draft.type !== "facility") continue;
    const mark: PlaceMarks = {};
    const area = draft.lexicon ? areaOf(draft.lexicon) : undefined;
    if (area) mark.area = area;
    let inDateline = false;
    let inHead = false;
    let body = 0;
    let passing = 0;
    for (const m of draft.mentions) {
      const t = doc.tokens[m.first] as Token;
      if (dateline && t.meta && t.start >= dateline.start && t.end <= dateline.end) inDateline = true;
      // "London, Thursday 19 November 2026" over a speech, a sign-off's place: a place of issue.
      else if (t.meta) inHead = true;
      else {
        body++;
        if (!m.demonym && isPassing(doc, m.first, m.last)) passing++;
      }
    }
    if ((inDateline && body === passing) || (inHead && body === 0)) mark.reportedFrom = true;
    if (body > 0 && body === passing) mark.passing = true;
    if (Object.keys(mark).length > 0) marks.set(draft, mark);
  }
  return marks;
}

/** Nouns a country's name modifies when it stands for its people or its state ("U.S. forces"). */
const MODIFIED = new Set(
  "forces troops military officials official soldiers service servicemen servicemembers personnel officers diplomats diplomat embassy envoy government administration sanctions aircraft drones warplanes airstrikes strikes bases army navy commanders intelligence department central defense defence state treasury congress senate special marine air".split(
    " ",
  ),
);
/** An abbreviated country name ("U.S.", "UK") right before a noun it qualifies. */
function isModifier(name: Token, next: Token | undefined): boolean {
  return (
    /^(u\.?s\.?|us|uk|u\.?k\.?)$/i.test(name.text.replace(/\.$/, "")) &&
    next?.kind === "word" &&
    MODIFIED.has(next.norm)
  );
}

/**
 * "researchers at universities in Beirut and Berlin", "a monitor headquartered in London", "a
 * journalist from Erbil": where people or bodies are based or come from, an affiliation like a
 * dateline, not a place where the story's events happened.
 */
const AFFILIATION = new RegExp(
  [
    // "headquartered in", "registered in": only a body is.
    String.raw`\b(?:headquartered|registered|incorporated)\s+in\s+$`,
    // "a charity based in", "the monitor, which is based in": a body's seat (troops or cells
    // "based in" a place are where they act, and stay places of the story).
    String.raw`\b(?:monitors?|observatory|watchdogs?|groups?|bod(?:y|ies)|organi[sz]ations?|charit(?:y|ies)|ngos?|agenc(?:y|ies)|outlets?|compan(?:y|ies)|firms?|institutes?|think[\s-]tanks?|newspapers?|channels?|broadcasters?|networks?|consultanc(?:y|ies))(?:,?\s+(?:which|that|who)\s+(?:is|are|was|were))?\s+based\s+in\s+$`,
    // "researchers at universities in", "a fellow at a think tank in", "staff of an institute in".
    String.raw`\b(?:researchers?|scholars?|academics?|professors?|lecturers?|fellows?|authors?|scientists?|experts?|analysts?|economists?|historians?)\s+(?:at|of|with|from)\s+(?:an?\s+|the\s+|two\s+|several\s+)?(?:[a-z-]+\s+){0,2}(?:universit(?:y|ies)|institutes?|colleges?|think[\s-]tanks?|research\s+(?:centres?|centers?|groups?))\s+in\s+$`,
    // "a researcher on Syria", "an expert on Iraq": the field a scholar works on, not a place of the story.
    String.raw`\b(?:researchers?|experts?|analysts?|specialists?|scholars?|historians?)\s+on\s+$`,
    // "a monitor with a network of sources across Syria": where a body gathers its reports, not
    // where the events it reports happened.
    String.raw`\bnetworks?\s+of\s+(?:[a-z-]+\s+)?(?:sources|contacts|informants|correspondents|activists)\s+(?:across|inside|in|throughout)\s+$`,
    // "a journalist from Erbil", "researchers from Beirut".
    String.raw`\b(?:journalists?|reporters?|correspondents?|researchers?|scholars?|academics?|analysts?)\s+(?:from|based\s+in)\s+$`,
  ].join("|"),
);

/**
 * "foreign nationals from Tajikistan and Russia", "a woman from Tajikistan", "celebrated by Kurds
 * from Iran to Syria", "the two fighters killed were from Kalar and Koya", "a pharmacist from
 * Tabqa": where people come from, or how far a people spreads, is who they are, not
 * where the story's events happened ("fighters crossed from Syria" is a movement, and stays).
 */
const ORIGIN =
  /\b(?:(?:nationals?|citizens?|crews?|workers?|labou?rers?|engineers?|employees?|contractors?|wom[ae]n|famil(?:y|ies)|refugees?|migrants?|kurds|arabs|yazidis|christians|turkmen|assyrians|armenians|players?|pharmacists?|teachers?|students?|athletes?)\s+from|(?:was|were)\s+(?:both\s+|all\s+|originally\s+)?from)\s+$/;

/** "Britain-based", one of the places a group is banned in, or where people are based. */
export function isPassing(doc: Doc, first: number, last: number): boolean {
  const { tokens } = doc;
  const dash = tokens[last + 1];
  const next = tokens[last + 2];
  if (dash?.text === "-" && !dash.space && next && !next.space && COMPOUND.test(next.norm)) return true;
  if (inWarName(tokens, first, last)) return true;
  // "U.S. officials", "U.S. Central Command": a country as a modifier, the way a demonym is.
  if (isModifier(tokens[first] as Token, dash)) return true;
  // "U.S. and Syrian forces", "US and Iraqi officials": the modifier shared with a demonym.
  const after = tokens[last + 3];
  if (dash?.norm === "and" && next?.cap && isModifier(tokens[first] as Token, after)) return true;
  const before = listLeadIn(doc, first);
  if (DESIGNATION.test(`${before} `) || AFFILIATION.test(`${before} `)) return true;
  // "citizens from Al-Hol camp": a camp or a prison is where people are taken from, never who they are.
  const rest = doc.text.slice(tokens[first]?.start ?? 0, (tokens[last]?.end ?? 0) + 12).toLowerCase();
  return ORIGIN.test(`${before} `) && !HELD_AT.test(rest);
}

/**
 * The words before the list a mention is part of ("the United States, Europe and"), walked back
 * to its head, lower case: up to 90 characters ending with the word before the list.
 */
function listLeadIn(doc: Doc, first: number): string {
  const { tokens } = doc;
  let k = first - 1;
  const sentence = tokens[first]?.sentence;
  while (k >= 0 && tokens[k]?.sentence === sentence) {
    const t = tokens[k] as Token;
    if (t.text === "," || t.norm === "and" || t.norm === "the" || t.cap) k--;
    // "from Iran to Syria": the far end of a span walks back to its near end.
    else if (t.norm === "to" && tokens[k - 1]?.cap && tokens[k - 1]?.sentence === sentence) k--;
    else break;
  }
  const lineStart = Math.max(0, (tokens[k]?.end ?? 0) - 90);
  return doc.text.slice(lineStart, tokens[k]?.end ?? 0).toLowerCase();
}

/**
 * "listed as a terrorist organisation by the United States and the European Union": a body named
 * only among those that list or ban a group is background to the group, as a country so named
 * is (isPassing), not a party of the events.
 */
export function designatorMention(doc: Doc, first: number): boolean {
  return DESIGNATION.test(`${listLeadIn(doc, first)} `);
}

/** Nouns a war is named with after the two sides joined by a dash: "the Iran-Iraq war". */
const WAR_NOUNS = new Set(["war", "wars", "conflict"]);

/**
 * "the Iran-Iraq war", "the Israel–Hezbollah conflict": a place joined by a dash to another
 * name before "war" is named inside the war's name (the war's sides, long ago or elsewhere),
 * not as a place of the events.
 */
function inWarName(tokens: readonly Token[], first: number, last: number): boolean {
  const dash = (t: Token | undefined) => t !== undefined && /^[-‐‑–—]$/.test(t.text);
  const war = (t: Token | undefined) => t?.kind === "word" && !t.cap && WAR_NOUNS.has(t.norm);
  const sentence = tokens[first]?.sentence;
  const same = (t: Token | undefined) => t?.sentence === sentence;
  // The first side: "Iran" of "Iran-Iraq war".
  const other = tokens[last + 2];
  if (dash(tokens[last + 1]) && other?.cap && same(other)) {
    let k = last + 2;
    while (tokens[k + 1]?.cap && same(tokens[k + 1])) k++;
    if (war(tokens[k + 1]) && same(tokens[k + 1])) return true;
  }
  // The second side: "Iraq" of "Iran-Iraq war".
  return (
    dash(tokens[first - 1]) &&
    tokens[first - 2]?.cap === true &&
    same(tokens[first - 2]) &&
    war(tokens[last + 1]) &&
    same(tokens[last + 1])
  );
}

/** Places people are held in: "from Al-Hol camp", "from Ghwayran prison". */
const HELD_AT = /\b(?:camps?|prisons?|jails?|annex|detention|centres?|centers?)\b/;

/** Nouns of a route named by the two places it joins: "the Baghdad–Amman highway". */
const ROUTE_NOUNS = new Set(["highway", "road", "motorway", "expressway", "pipeline", "railway", "railroad"]);
const ROUTE_DASH = /^[-‐‑–—]$/;

/**
 * "the Baghdad–Amman highway", "the Kirkuk-Ceyhan Pipeline": a place named as one end of a route
 * named by both its ends is the route's name, not a place the story's events happened in.
 */
export function routeEnd(tokens: readonly Token[], first: number, last: number): boolean {
  const joined = (k: number) => {
    const dash = tokens[k];
    return dash !== undefined && ROUTE_DASH.test(dash.text) && !dash.space && !tokens[k + 1]?.space;
  };
  const routeAt = (k: number) => tokens[k]?.kind === "word" && ROUTE_NOUNS.has(tokens[k]?.norm ?? "");
  // The first end: "Baghdad" of "Baghdad–Amman highway" (the other end one or two words).
  if (joined(last + 1) && tokens[last + 2]?.cap) {
    for (let k = last + 3; k <= last + 4; k++) {
      if (routeAt(k)) return true;
      if (!tokens[k]?.cap) break;
    }
  }
  // The second end: "Amman" of "Baghdad–Amman highway".
  return joined(first - 1) && (tokens[first - 2]?.cap ?? false) && routeAt(last + 1);
}
