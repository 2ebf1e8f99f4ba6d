import type { EntityDraft } from "../entities/entity-draft.js";
import { type Doc, spanText } from "../text/doc.js";
import type { Token } from "../text/tokenize.js";
import { NAME_PARTICLES } from "../text/word-lists.js";
import { isSpeechVerbAt } from "./quote-attribution.js";
import { isSourceNoun, phraseSpeaker, type Speaker, type SpeakerMemory } from "./speakers.js";

/**
 * Headline and wire style gives a source by a label and a colon, the colon standing for "says":
 * a news ticker's "Security source: three rockets fall near the base", "Interior Ministry:
 * 'no casualties'", a radio log's "Master on VHF 16 to Navy: \"Request assistance.\"". A line
 * that opens (after its time and its URGENT | UPDATE flags) with a short phrase naming a
 * speaker — a person or organization of the article, or a source noun such as "source",
 * "spokesman", "officer" — and then a colon, is that speaker's statement: indirect when the words
 * after the colon are the writer's, direct when they are in marks. "… to <outlet>" and "… on
 * <channel>" after the speaker say whom they spoke to and how, not who spoke. A label that names
 * no speaker ("Weather:", "Radar:", "Syria:", "K1 attack:") is a topic, a credit line's bare
 * "Source:" is no statement, and the outlet's own reporter is narration, not a source.
 */

export interface ColonTag {
  speaker: Speaker;
  /** The colon. */
  colon: number;
}

/** Media roles whose line is the outlet's own narration, not a source's statement. */
const OWN_VOICE = new Set(
  "reporter reporters correspondent correspondents presenter anchor editor editors desk note update".split(
    " ",
  ),
);
/** Words that make a label a topic or a clause: prepositions of subject and time, questions, copulas. */
const TOPIC_WORDS = new Set(
  "after before over against about amid despite under with without into as vs versus why how what when where who whether is are was were not no".split(
    " ",
  ),
);
/** Nouns of a thing said that may close a label after its speaker: "Ministry response:". */
const SAYING_NOUNS = new Set([
  "response",
  "responses",
  "reply",
  "statement",
  "comment",
  "comments",
  "reaction",
]);
const QUOTE_MARKS = new Set(['"', "“", "'", "‘", "«"]);
/** Words that end the speaker and start whom it spoke to, or by what channel. */
const ADDRESS = new Set(["to", "on", "via"]);
/** Flags a ticker or log puts before an entry: "URGENT |", "UPDATE |", "BREAKING |". */
const isFlag = (t: Token | undefined) =>
  t !== undefined && t.kind === "word" && t.text.length > 1 && t.text === t.text.toUpperCase();

/** First token of a line's text after its time ("06:12", "0211") and its flags ("URGENT |"). */
function afterTimeAndFlags(tokens: readonly Token[], start: number, end: number): number {
  let k = start;
  if (tokens[k]?.kind === "num" && tokens[k + 1]?.text === ":" && tokens[k + 2]?.kind === "num") k += 3;
  else if (tokens[k]?.kind === "num" && /^\d{4}$/.test(tokens[k]?.text ?? "")) k += 1;
  if (k === start) return start;
  while (k < end && tokens[k]?.text === "|") k++;
  while (k + 1 < end && isFlag(tokens[k]) && tokens[k + 1]?.text === "|") k += 2;
  while (k < end && tokens[k]?.text === "|") k++;
  return k;
}

/** Particles of a name that are written in lower case: "Abu Ali al-Basri", "Hans van Dijk". */
const LOWER_PARTICLES = new Set([...NAME_PARTICLES, "de", "van", "von"]);
/** A commenter's signature is a few words: "Mustafa K., Zubair", "Umm Ali, Basra". */
const SIGNATURE_REACH = 7;

/**
 * A comment's signature before its words in marks: 'Mustafa K., Zubair: "..."', 'Anonymous:
 * "..."' — capitalised words (an initial with its period), then optionally a comma and the
 * place the commenter writes from. Returns the last token of the name, or -1. A name that is
 * a place or an organization of the article ('Baghdad: "..."') is a dateline or a body.
 */
function commenterName(
  tokens: readonly Token[],
  owners: Map<number, EntityDraft>,
  first: number,
  colon: number,
): number {
  if (!QUOTE_MARKS.has(tokens[colon + 1]?.text ?? "") || colon - first > SIGNATURE_REACH) return -1;
  let name = -1;
  for (let k = first; k < colon; k++) {
    const t = tokens[k] as Token;
    if (t.text === ",") {
      if (name >= 0 || k === first) return -1;
      name = k - 1;
      continue;
    }
    // An initial's period: "K.".
    if (t.text === "." && tokens[k - 1]?.text.length === 1 && tokens[k - 1]?.cap) continue;
    if (t.text === "-" && !t.space) continue;
    if (t.kind !== "word" || !(t.cap || LOWER_PARTICLES.has(t.norm))) return -1;
    if (name < 0 && owners.has(k) && owners.get(k)?.type !== "person") return -1;
  }
  if (name < 0) name = colon - 1;
  // The words of a heading or a field ("Quote of the day:", "Source:") are no name.
  const words = tokens.slice(first, name + 1).filter((t) => t.kind === "word");
  if (words.some((t) => isSourceNoun(t.norm) || OWN_VOICE.has(t.norm))) return -1;
  return words.length > 0 && words.length <= 4 ? name : -1;
}

const commenterCounts = new WeakMap<Doc, number>();
/**
 * How many lines of the article open with a comment's signature: it takes two or more to make
 * a comment section, so a lone 'Name: "..."' line is left to the other readings.
 */
function commenters(doc: Doc, owners: Map<number, EntityDraft>): number {
  const cached = commenterCounts.get(doc);
  if (cached !== undefined) return cached;
  const { tokens, sentences } = doc;
  let n = 0;
  for (const s of sentences) {
    if (s.index > 0 && (tokens[s.tokenStart]?.breaks ?? 0) === 0) continue;
    let colon = s.tokenStart;
    while (colon < s.tokenEnd && colon - s.tokenStart <= SIGNATURE_REACH && tokens[colon]?.text !== ":")
      colon++;
    if (tokens[colon]?.text !== ":" || !tokens[s.tokenStart]?.cap) continue;
    if (commenterName(tokens, owners, s.tokenStart, colon) >= 0) n++;
  }
  commenterCounts.set(doc, n);
  return n;
}

/**
 * The colon tag opening sentence n, when the sentence opens its line: the speaker it names
 * and the colon after it, or null.
 */
export function colonTag(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  n: number,
  memory: SpeakerMemory,
): ColonTag | null {
  const { tokens, sentences } = doc;
  const s = sentences[n];
  if (!s) return null;
  const opening = tokens[s.tokenStart];
  if (!opening) return null;
  // "06:12 URGENT | Security source: ...": a ticker's bar can end a sentence of its own, so
  // the label opens the sentence after one holding only the line's time and flags.
  const before = sentences[n - 1];
  const stamped =
    before !== undefined &&
    (tokens[before.tokenStart]?.breaks ?? 0) > 0 &&
    afterTimeAndFlags(tokens, before.tokenStart, before.tokenEnd) > before.tokenStart &&
    tokens
      .slice(afterTimeAndFlags(tokens, before.tokenStart, before.tokenEnd), before.tokenEnd)
      .every((t) => t.text === "|" || isFlag(t));
  if (opening.breaks === 0 && s.index > 0 && !stamped) return null;
  const first = afterTimeAndFlags(tokens, s.tokenStart, s.tokenEnd);
  // A label is a few words: "Source in Kirkuk Police Command", "Kirkuk MP Rana Saeed Abdullah
  // to Al-Mashriq Plus", "Master on VHF channel 16 to unknown craft".
  let colon = first;
  while (colon < s.tokenEnd && colon - first <= 12 && tokens[colon]?.text !== ":") colon++;
  if (tokens[colon]?.text !== ":" || colon === first || colon + 1 >= s.tokenEnd) return null;
  // "06:12" read as a label's colon: a time, not a tag.
  if (tokens[colon - 1]?.kind === "num" && tokens[colon + 1]?.kind === "num") return null;
  if (tokens[first]?.kind !== "word" || !tokens[first]?.cap) return null;
  const commenter = commenterName(tokens, owners, first, colon);
  if (commenter >= first && commenters(doc, owners) >= 2)
    return { speaker: { draft: null, name: spanText(doc, first, commenter) }, colon };
  let last = colon - 1;
  for (let k = first; k < colon; k++) {
    const t = tokens[k] as Token;
    // A phrase, not a clause: no verb of saying, no punctuation but hyphens and possessives.
    if (isSpeechVerbAt(tokens, k)) return null;
    if (t.kind === "punct" && !["-", "'", "’", "."].includes(t.text)) return null;
    // A title's "Captagon after Assad:", "MPs grill minister over transfers:": a topic before
    // the colon, not a speaker.
    if (!t.cap && t.kind === "word" && TOPIC_WORDS.has(t.norm)) return null;
    if (ADDRESS.has(t.norm) && !t.cap && k > first && last === colon - 1) last = k - 1;
  }
  // "Ministry of Interior response:", "Police statement:": the noun of what was said, after the
  // one who said it, is no part of the speaker.
  while (last > first && SAYING_NOUNS.has(tokens[last]?.norm ?? "") && !tokens[last]?.upper) last--;
  const words = tokens.slice(first, last + 1).filter((t) => t.kind === "word");
  if (words.length === 0) return null;
  if (words.some((t) => OWN_VOICE.has(t.norm))) return null;
  // A credit line: "Source: UN OCHA", "Sources: ..." — a bare source noun is no speaker.
  if (words.length === 1 && /^sources?$/.test(words[0]?.norm ?? "")) return null;
  let named: EntityDraft | null = null;
  for (let k = first; k <= last; k++) {
    const d = owners.get(k);
    if (d && (d.type === "person" || d.type === "organization")) {
      named = d;
      if (d.type === "person") break;
    }
  }
  const sourced = words.some((t) => isSourceNoun(t.norm));
  if (!named && !sourced) return null;
  // A form's field ("Corresponding author: N. J. Hamdan", "Tanker units: six") has a label and a
  // colon too: a label speaks so in a timed entry (a ticker, a log) or before words in marks.
  // A headline's "Garmiyan Asayish: a cell has been dismantled" restates the story under it:
  // untimed, only words in marks after the label are read as the label's.
  const timed = stamped || first > s.tokenStart;
  const marked = QUOTE_MARKS.has(tokens[colon + 1]?.text ?? "");
  if (!timed && !marked) return null;
  // The person a label names speaks for the post before the name ("Kirkuk MP Rana Saeed Abdullah").
  if (named?.type === "person") return { speaker: { draft: named, name: named.name }, colon };
  // An organization label names it whole; a source described by its post keeps its words
  // ("Source in Kirkuk Police Command", "Police officer at the scene").
  if (named && !sourced) return { speaker: { draft: named, name: named.name }, colon };
  const speaker = phraseSpeaker(doc, owners, first, last, memory) ?? {
    draft: null,
    name: spanText(doc, first, last),
  };
  return { speaker, colon };
}
