import type { EntityDraft } from "../entities/entity-draft.js";
import { type Doc, spanText } from "../text/doc.js";
import { nameKeys } from "../text/normalize.js";
import type { Token } from "../text/tokenize.js";
import { OCCUPATION_NOUNS, ROLE_NOUNS } from "../text/word-lists.js";
import { type Attribution, isInnerHyphen, isSpeechVerbAt } from "./quote-attribution.js";
import type { QuoteSpan } from "./quote-marks.js";
import { phraseSpeaker, type SpeakerMemory } from "./speakers.js";

/**
 * Broadcast scripts name the speaker of a soundbite in a bracketed cue on the line before it:
 * "[SOT – Hemin Faraj, Chamchamal resident]", "[SOUNDBITE: Dr Rana Aziz, surgeon]",
 * "[CLIP - name]". A quotation opening the paragraph right after such a cue is that speaker's.
 */
const CUES = new Set([
  "sot",
  "soundbite",
  "sound",
  "bite",
  "grab",
  "clip",
  "sync",
  "insert",
  "interview",
  "vox",
]);
const DASHES = new Set(["–", "—", "-", ":", "/"]);

/**
 * A recording's timestamp before a turn's label or cue ("[00:01:05] SIRWAN:", "(12:40) HOST:"):
 * the first token after it, or `start` when the line opens with none. A timestamp is numbers
 * joined by colons in brackets — a time of the recording, not a word of the label.
 */
export function afterTimestamp(tokens: readonly Token[], start: number, end: number): number {
  const open = tokens[start]?.text;
  if (open !== "[" && open !== "(") return start;
  const close = open === "[" ? "]" : ")";
  let k = start + 1;
  let parts = 0;
  while (k < end && tokens[k]?.kind === "num") {
    parts++;
    k++;
    if (tokens[k]?.text !== ":") break;
    k++;
  }
  return parts >= 2 && tokens[k]?.text === close ? k + 1 : start;
}

/**
 * Whether the sentence before sentence n is a soundbite cue on a line of its own ("[SOUNDBITE —
 * survivor, face blurred]"): the turn labelled after it ("SURVIVOR: ...") is a speaker's.
 */
export function cuedBefore(doc: Doc, n: number): boolean {
  const { tokens, sentences } = doc;
  const cue = sentences[n - 1];
  if (!cue || ((tokens[cue.tokenStart]?.breaks ?? 0) === 0 && cue.index > 0)) return false;
  const start = afterTimestamp(tokens, cue.tokenStart, cue.tokenEnd);
  return tokens[start]?.text === "[" && CUES.has(tokens[start + 1]?.norm ?? "");
}

export function soundbiteSpeaker(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  q: QuoteSpan,
  memory: SpeakerMemory,
): Attribution | null {
  const { tokens, sentences } = doc;
  const open = tokens[q.open];
  if (!open) return null;
  let cueStart: number;
  let cueEnd: number;
  if (open.breaks > 0) {
    const cue = sentences[(open.sentence ?? 0) - 1];
    if (!cue || ((tokens[cue.tokenStart]?.breaks ?? 0) === 0 && cue.index > 0)) return null;
    cueStart = afterTimestamp(tokens, cue.tokenStart, cue.tokenEnd);
    cueEnd = cue.tokenEnd;
  } else {
    // "[00:02:24] [CLIP — name, post]: \"...\"": the cue opens the quotation's own line, and
    // nothing but a colon stands between its closing bracket and the quotation.
    const line = sentences[open.sentence ?? -1];
    if (!line || ((tokens[line.tokenStart]?.breaks ?? 0) === 0 && line.index > 0)) return null;
    cueStart = afterTimestamp(tokens, line.tokenStart, line.tokenEnd);
    let close = q.open - 1;
    if (tokens[close]?.text === ":") close--;
    if (tokens[close]?.text !== "]" || close <= cueStart) return null;
    for (let k = cueStart + 1; k < close; k++) if (["[", "]"].includes(tokens[k]?.text ?? "")) return null;
    cueEnd = close + 1;
  }
  const at = (k: number) => tokens[cueStart + k] as Token | undefined;
  if (at(0)?.text !== "[") return open.breaks > 0 ? shotlistCue(doc, owners, cueStart, cueEnd, memory) : null;
  if (!CUES.has(at(1)?.norm ?? "")) return null;
  // "SOUND BITE", "VOX POP": a second cue word.
  let k = 2;
  while (at(k)?.kind === "word" && at(k)?.text === at(k)?.text.toUpperCase() && k < 4) k++;
  if (!DASHES.has(at(k)?.text ?? "")) return null;
  const first = cueStart + k + 1;
  let last = first;
  while (last + 1 < cueEnd && ![",", "]", "("].includes(tokens[last + 1]?.text ?? "")) last++;
  if (tokens[first]?.kind !== "word" || last - first > 6) return null;
  // "[CLIP — the governor of Nineveh, Raad Hamid al-Sabaawi]": a post first, then the name in
  // apposition; the person the cue names is the speaker, whichever comes first.
  if (!owners.has(first) || owners.get(first)?.type !== "person") {
    for (let k = last + 1; k < cueEnd && tokens[k]?.text !== "]"; k++) {
      const d = owners.get(k);
      if (tokens[k - 1]?.text === "," && d?.type === "person")
        return { speaker: { draft: d, name: d.name }, verb: -1 };
    }
  }
  return cueSpeaker(doc, owners, first, last, memory);
}

/**
 * A wire shotlist's numbered shot on the line before the quotation, unbracketed: "2. SOUNDBITE
 * (Kurdish) NAME, SDF media official:" — the cue word in capitals, the language in brackets at
 * most, then who speaks, the line closing with a colon. The person named speaks, else the phrase.
 */
function shotlistCue(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  cueStart: number,
  cueEnd: number,
  memory: SpeakerMemory,
): Attribution | null {
  const { tokens } = doc;
  if (tokens[cueEnd - 1]?.text !== ":") return null;
  let k = cueStart;
  // The shot's number: "2." or "2)".
  if (tokens[k]?.kind === "num" && [".", ")"].includes(tokens[k + 1]?.text ?? "")) k += 2;
  const cueWord = (t: Token | undefined) =>
    t?.kind === "word" && t.text === t.text.toUpperCase() && t.text.length > 1;
  if (!cueWord(tokens[k]) || !CUES.has(tokens[k]?.norm ?? "")) return null;
  k++;
  // "SOUND BITE", "VOX POP": a second cue word.
  if (cueWord(tokens[k]) && k - cueStart < 4) k++;
  // "(Kurdish)", "(English, via interpreter)": the language the words were spoken in.
  if (tokens[k]?.text === "(") {
    const close = tokens.findIndex((t, i) => i > k && i < cueEnd && t.text === ")");
    if (close < 0 || close - k > 5) return null;
    k = close + 1;
  }
  if (DASHES.has(tokens[k]?.text ?? "") && k < cueEnd - 1) k++;
  const first = k;
  let last = first;
  while (last + 1 < cueEnd - 1 && ![",", "("].includes(tokens[last + 1]?.text ?? "")) last++;
  if (tokens[first]?.kind !== "word" || last - first > 6) return null;
  for (let j = first; j < cueEnd; j++) {
    const d = owners.get(j);
    if (d?.type === "person") return { speaker: { draft: d, name: d.name }, verb: -1 };
  }
  return cueSpeaker(doc, owners, first, last, memory);
}

/**
 * A quotation standing on its lines with its source signed on the line below, after a dash (a
 * slide's or a page's "quote of the week", an epigraph): '"We are closing doors."\n— Lt. Gen.
 * NAME, deputy commander, address to officers'. The person the signature names speaks; else the
 * signature's first phrase.
 */
export function signedSpeaker(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  q: QuoteSpan,
  memory: SpeakerMemory,
): Attribution | null {
  const { tokens } = doc;
  const open = tokens[q.open];
  if (!open || (open.breaks === 0 && q.open > 0)) return null;
  const dash = tokens[q.close + 1];
  if (!dash) return null;
  if (dash.breaks === 0 && dash.text !== "—" && dash.text !== "–") return sameLineSignature(doc, owners, q);
  if (dash.breaks === 0 || (dash.text !== "—" && dash.text !== "–")) return null;
  const first = q.close + 2;
  let last = first;
  // "— A police officer at a checkpoint on the Baghdad-Kirkuk road": a hyphened word counts as
  // one word of the signature, which never ends inside it.
  let joined = 0;
  while (
    last + 1 < tokens.length &&
    (last - first - joined < 10 || isInnerHyphen(tokens, last) || isInnerHyphen(tokens, last + 1)) &&
    tokens[last + 1]?.text !== "," &&
    (tokens[last + 1]?.breaks ?? 1) === 0
  ) {
    last++;
    if (isInnerHyphen(tokens, last)) joined += 2;
  }
  if (tokens[first]?.kind !== "word") return null;
  for (let k = first; k <= last; k++) {
    const d = owners.get(k);
    if (d?.type === "person") return { speaker: { draft: d, name: d.name }, verb: -1 };
  }
  const speaker = phraseSpeaker(doc, owners, first, last, memory);
  return speaker ? { speaker, verb: -1 } : null;
}

/**
 * A newsletter's "quote of the day": '"The desert is quieter, not empty." Staff Brigadier Hamid
 * Rashid, in an interview with Al Iraqiya on Tuesday night.' A whole sentence in marks opening its
 * line, then on the same line, with no verb of its own, the person it is signed with and (after a
 * comma) where the words were said: that person speaks.
 */
function sameLineSignature(doc: Doc, owners: Map<number, EntityDraft>, q: QuoteSpan): Attribution | null {
  const { tokens } = doc;
  if (![".", "!", "?"].includes(tokens[q.close - 1]?.text ?? "")) return null;
  const first = q.close + 1;
  if (tokens[first]?.kind !== "word" || !tokens[first]?.cap) return null;
  let person: EntityDraft | null = null;
  let k = first;
  for (; k < tokens.length && k - first < 8; k++) {
    const t = tokens[k] as Token;
    if (k > first && t.breaks > 0) break;
    if (t.kind === "punct") break;
    if (t.kind !== "word" || !t.cap) return null;
    const d = owners.get(k);
    if (d && d.type !== "person") return null;
    if (d) person ??= d;
  }
  if (!person || owners.get(k - 1) !== person) return null;
  // The signature ends the line, or goes on after a comma with where or when it was said.
  const end = tokens[k];
  if (end && end.breaks === 0 && end.text !== "," && end.text !== ".") return null;
  if (end?.text === ",") {
    for (let j = k + 1; j < tokens.length && (tokens[j]?.breaks ?? 1) === 0; j++)
      if (isSpeechVerbAt(tokens, j)) return null;
  }
  return { speaker: { draft: person, name: person.name }, verb: -1 };
}

/**
 * Nouns of a thing said, which a possessor before them names the sayer of: "Commander's intent:",
 * "the minister's message:", "the court's verdict:".
 */
const SAYINGS = new Set(
  "intent intention message words word warning advice verdict order orders instruction instructions reply answer response motto promise pledge slogan view assessment guidance appeal comment remark conclusion position".split(
    " ",
  ),
);

const POSSESSIVE_PRONOUNS: Record<string, string> = { his: "he", her: "she", their: "they" };
/** Prepositions of what a saying is about, between its noun and the colon: "verdict on the fish:". */
const SAYING_ABOUT = new Set(["on", "about", "of", "for", "to"]);
/** How many words that phrase may run to. */
const ABOUT_WORDS = 6;

/**
 * A slide's or a summary's label giving whose words follow: '• Commander's intent: "Deny the
 * valleys, not just the roads."', 'The governor's reply: "..."'. The possessor of the saying,
 * a short phrase right before it, is the speaker; 'His words: "..."' gives it by its pronoun.
 */
export function labelSpeaker(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  q: QuoteSpan,
  memory: SpeakerMemory,
): Attribution | null {
  const { tokens } = doc;
  const colon = q.open - 1;
  if (tokens[colon]?.text !== ":") return null;
  // "His verdict on the first fish: ...": what the saying is about may stand before the colon.
  let noun = colon - 1;
  for (
    let k = colon - 2;
    !SAYINGS.has(tokens[noun]?.norm ?? "") && k > 0 && colon - k <= ABOUT_WORDS + 1;
    k--
  ) {
    if (tokens[k]?.kind !== "word" || (tokens[k + 1]?.breaks ?? 1) > 0) break;
    if (SAYINGS.has(tokens[k]?.norm ?? "") && SAYING_ABOUT.has(tokens[k + 1]?.norm ?? "")) noun = k;
  }
  if (!SAYINGS.has(tokens[noun]?.norm ?? "")) return null;
  const pronoun = POSSESSIVE_PRONOUNS[tokens[noun - 1]?.norm ?? ""];
  if (pronoun) {
    const speaker = memory.pronoun(pronoun, noun - 1);
    return speaker ? { speaker, verb: -1 } : null;
  }
  if (tokens[noun - 1]?.kind !== "poss") return null;
  const last = noun - 2;
  let first = last;
  // The possessor phrase opens its line or follows a bullet or a comma: a few words, no clause.
  while (
    first - 1 >= 0 &&
    last - first < 4 &&
    tokens[first - 1]?.kind === "word" &&
    (tokens[first]?.breaks ?? 1) === 0
  )
    first--;
  if (tokens[first]?.kind !== "word") return null;
  return cueSpeaker(doc, owners, first, last, memory);
}

/** Ends of a line that is a sentence or a tag, not a label: "... said.", "... told us:". */
const SENTENCE_ENDS = new Set([".", "?", "!", ":", ";"]);
/** A label line is short: a name and a few descriptors. */
const LABEL_TOKENS = 20;

/**
 * A vox pop's or a panel's answer: a line that labels the person ("Hawkar Salih, 41, taxi
 * driver, Rahimawa"), then a paragraph that is wholly one quotation with no tag — the labelled
 * person's words. The label opens with the person's name and a comma, and is no sentence: it
 * ends without a full stop or colon and holds no quotation and no verb of saying.
 */
export function labelledAnswer(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  q: QuoteSpan,
  quoted: (k: number) => boolean,
): Attribution | null {
  const { tokens } = doc;
  const open = tokens[q.open];
  if (!open || open.breaks === 0 || q.open < 3) return null;
  const after = tokens[q.close + 1];
  if (after && after.breaks === 0) return null;
  const end = q.open - 1;
  let lineStart = end;
  while (lineStart > 0 && (tokens[lineStart]?.breaks ?? 0) === 0 && end - lineStart < LABEL_TOKENS)
    lineStart--;
  if ((tokens[lineStart]?.breaks ?? 0) === 0 && lineStart > 0) return null;
  if (SENTENCE_ENDS.has(tokens[end]?.text ?? "")) return null;
  for (let k = lineStart; k <= end; k++) if (quoted(k) || isSpeechVerbAt(tokens, k)) return null;
  const person = owners.get(lineStart);
  if (person?.type !== "person") return null;
  let k = lineStart;
  while (k <= end && owners.get(k) === person) k++;
  return tokens[k]?.text === "," && k < end
    ? { speaker: { draft: person, name: person.name }, verb: -1 }
    : null;
}

/** Name particles a cue in capitals writes joined to the name ("AL-OBEIDI"), left out when matching. */
const CUE_PARTICLES = new Set(["al", "el"]);

/**
 * A shooting script's soundbite line: 'SOT — AL-OBEIDI: "..."', 'SOT — CAPTAIN (on patrol): "..."',
 * 'SOT — HAMA AMIN (CONT'D): "..."'. The line opens with a cue word in capitals and a dash, then
 * the speaker's name or post in capitals, an optional bracketed note, and a colon right before
 * the quotation. The name is the person of the article whose name holds every word of it (the
 * caption "SUPER: Brigadier General ... al-Obeidi" named them in full); a post alone is "the
 * captain"; else the cue's words.
 */
export function scriptCueSpeaker(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  q: QuoteSpan,
): Attribution | null {
  const { tokens, sentences } = doc;
  const line = sentences[tokens[q.open]?.sentence ?? -1];
  if (!line || ((tokens[line.tokenStart]?.breaks ?? 0) === 0 && line.index > 0)) return null;
  const start = afterTimestamp(tokens, line.tokenStart, line.tokenEnd);
  const cue = tokens[start];
  if (cue?.kind !== "word" || !cue.upper || !CUES.has(cue.norm)) return null;
  if (!["—", "–", "-"].includes(tokens[start + 1]?.text ?? "")) return null;
  const colon = q.open - 1;
  if (tokens[colon]?.text !== ":") return null;
  let last = colon - 1;
  // "(on patrol, unnamed on screen)", "(CONT'D)": a note on the shot, not the name.
  if (tokens[last]?.text === ")") {
    while (last > start + 2 && tokens[last]?.text !== "(") last--;
    last--;
  }
  const first = start + 2;
  // "SOT – KAWA MIHEMED, ASAYISH SPOKESMAN:", "SOT – WITNESS, FARMER (NOT NAMED):": the name or
  // post before the comma speaks; what follows it describes them.
  const comma = tokens.findIndex((t, k) => k > first && k <= last && t.text === ",");
  if (comma > first) last = comma - 1;
  if (last < first || last - first > 6) return null;
  for (let k = first; k <= last; k++) {
    const t = tokens[k] as Token;
    if (t.kind === "word" ? !t.upper && t.text.length > 1 : t.text !== "-") return null;
  }
  const words = spanText(doc, first, last)
    .split(/[\s-]+/)
    .filter((w) => w.length > 0 && !CUE_PARTICLES.has(w.toLowerCase()));
  const keys = words.flatMap((w) => nameKeys(w));
  const people = [...new Set(owners.values())].filter((d) => d.type === "person");
  const named = people.filter((d) => keys.length > 0 && keys.every((k) => d.nameKeys.includes(k)));
  if (named.length === 1 && named[0]) return { speaker: { draft: named[0], name: named[0].name }, verb: -1 };
  const post = words.length === 1 ? (words[0] ?? "").toLowerCase() : "";
  if (ROLE_NOUNS.has(post) || OCCUPATION_NOUNS.has(post))
    return { speaker: { draft: null, name: `the ${post}` }, verb: -1 };
  // "ABU MAZEN": a name no entity holds, written as names are.
  const name = words.map((w) => w.charAt(0) + w.slice(1).toLowerCase()).join(" ");
  return { speaker: { draft: null, name }, verb: -1 };
}

/** A cue's words [first, last] as its speaker: the post or person they name, else the words themselves. */
function cueSpeaker(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  first: number,
  last: number,
  memory: SpeakerMemory,
): Attribution {
  const speaker = phraseSpeaker(doc, owners, first, last, memory) ?? {
    draft: null,
    name: spanText(doc, first, last),
  };
  return { speaker, verb: -1 };
}
