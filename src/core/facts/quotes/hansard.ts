import type { EntityDraft } from "../entities/entity-draft.js";
import { type Doc, spanText } from "../text/doc.js";
import type { Token } from "../text/tokenize.js";
import type { Speaker, SpeakerMemory } from "./speakers.js";
import { labelPerson, type Turn } from "./transcript.js";

/**
 * A parliament's verbatim report (Hansard): each contribution stands under its speaker's name on
 * a line of its own, with no colon and no quotation marks. "Rachel Pennick (South Wyreford) (Lab)"
 * gives a member with constituency and party; "The Minister of State, Foreign, Commonwealth and
 * Development Office (Mr Daniel Okafor)" a minister by office, the name in brackets; later
 * contributions stand under the name alone ("Rachel Pennick", "Mr Okafor"). The record is the
 * speaker's own words, so every sentence under a name, up to the next name, is that speaker's.
 * Only a text with a member's party label is read so: a heading of a name elsewhere is no turn.
 */

/** UK parties as Hansard abbreviates them after a member's constituency. */
const PARTIES = new Set(
  "lab con ld snp dup pc sdlp uup green ind alliance reform lab/co-op labco-op lib dem libdem".split(" "),
);
/** Honorifics a member's name may carry in the record. */
const HONORIFICS = new Set([
  "mr",
  "mrs",
  "ms",
  "miss",
  "dr",
  "sir",
  "dame",
  "lord",
  "lady",
  "baroness",
  "rev",
]);
/** A name in a label: up to this many words. */
const NAME_WORDS = 5;

interface Label {
  sentence: number;
  /** The name as the label writes it, honorific and all. */
  name: string;
  /** The name's last word, by which later labels give it. */
  surname: string;
  /** Tokens of the name, for the person of the article it names. */
  first: number;
  last: number;
  /** A label with a party or an office, which introduces its speaker. */
  introduces: boolean;
}

/** Whether tokens first..last are a name: capitalised words and their particles, an honorific first. */
function isName(tokens: readonly Token[], first: number, last: number): boolean {
  let words = 0;
  for (let k = first; k <= last; k++) {
    const t = tokens[k] as Token;
    if (t.kind === "word") {
      if (!t.cap && !/^(?:al|el|bin|ibn|de|van|von)$/.test(t.norm)) return false;
      words++;
    } else if (!["-", "'", "’", "."].includes(t.text)) return false;
  }
  return words >= 1 && words <= NAME_WORDS;
}

/** The last word of a name: "Okafor" of "Mr Daniel Okafor". */
function lastWord(tokens: readonly Token[], first: number, last: number): string {
  for (let k = last; k >= first; k--) if (tokens[k]?.kind === "word") return tokens[k]?.norm ?? "";
  return "";
}

/** Index of the ")" closing the "(" at `open`, or -1. */
function closing(tokens: readonly Token[], open: number, end: number): number {
  for (let k = open + 1; k < end; k++) if (tokens[k]?.text === ")") return k;
  return -1;
}

/** A sentence standing alone on its line, with no sentence mark at its end: a heading or a label. */
function lineAlone(doc: Doc, n: number): boolean {
  const s = doc.sentences[n];
  if (!s || s.tokenEnd <= s.tokenStart) return false;
  const { tokens } = doc;
  const head = tokens[s.tokenStart] as Token;
  if (n > 0 && head.breaks === 0) return false;
  const next = doc.sentences[n + 1];
  if (next && (tokens[next.tokenStart]?.breaks ?? 0) === 0) return false;
  return ![".", "?", "!"].includes(tokens[s.tokenEnd - 1]?.text ?? "");
}

/** The label of line `n` naming tokens `first` to `last`. */
function labelOf(doc: Doc, n: number, first: number, last: number, introduces: boolean): Label {
  return {
    sentence: n,
    name: spanText(doc, first, last),
    surname: lastWord(doc.tokens, first, last),
    first,
    last,
    introduces,
  };
}

/** The label a line gives, or null. */
function readLabel(doc: Doc, n: number): Label | null {
  const s = doc.sentences[n];
  if (!s || !lineAlone(doc, n)) return null;
  const { tokens } = doc;
  const start = s.tokenStart;
  const end = s.tokenEnd;
  const open = tokens.findIndex((t, k) => k >= start && k < end && t.text === "(");
  if (open < 0) {
    // "Mr Okafor", "Rachel Pennick": a name alone, a label only once a label introduced it.
    if (!isName(tokens, start, end - 1) || end - start < 2) return null;
    return labelOf(doc, n, start, end - 1, false);
  }
  // "Name (Constituency) (Party)": the last brackets hold a party.
  const groups: [number, number][] = [];
  for (let k = open; k < end; ) {
    if (tokens[k]?.text !== "(") return null;
    const close = closing(tokens, k, end);
    if (close < 0) return null;
    groups.push([k, close]);
    k = close + 1;
  }
  const [pOpen, pClose] = groups[groups.length - 1] as [number, number];
  const party = tokens
    .slice(pOpen + 1, pClose)
    .map((t) => t.norm)
    .join("");
  if (groups.length >= 1 && PARTIES.has(party) && isName(tokens, start, open - 1))
    return labelOf(doc, n, start, open - 1, true);
  // "The Minister of State, … (Mr Daniel Okafor)": an office, then the holder's name in brackets.
  if (
    groups.length === 1 &&
    tokens[start]?.norm === "the" &&
    pClose === end - 1 &&
    isName(tokens, pOpen + 1, pClose - 1) &&
    HONORIFICS.has(tokens[pOpen + 1]?.norm ?? "")
  )
    return labelOf(doc, n, pOpen + 2, pClose - 1, true);
  return null;
}

/** Turns of a verbatim parliamentary record, by sentence index; empty when the text is none. */
export function hansardTurns(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  memory: SpeakerMemory,
): Map<number, Turn> {
  const turns = new Map<number, Turn>();
  const labels: Label[] = [];
  const speakers = new Map<string, Speaker>();
  for (let n = 0; n < doc.sentences.length; n++) {
    const label = readLabel(doc, n);
    if (!label) continue;
    if (!label.introduces && !speakers.has(label.surname)) continue;
    labels.push(label);
    if (label.introduces && !speakers.has(label.surname)) {
      const person = labelPerson(doc.tokens, owners, memory, label.first, label.last + 1, (w) =>
        HONORIFICS.has(w),
      );
      speakers.set(
        label.surname,
        person ? { draft: person, name: person.name } : { draft: null, name: label.name },
      );
    }
  }
  // A party label makes the register; a second contribution makes a debate.
  if (labels.length < 2 || !labels.some((l) => l.introduces)) return turns;
  labels.forEach((label, i) => {
    const speaker = speakers.get(label.surname);
    if (!speaker) return;
    const next = labels[i + 1]?.sentence ?? doc.sentences.length;
    for (let n = label.sentence + 1; n < next; n++) {
      const s = doc.sentences[n];
      // A heading between contributions (a new question's title) ends the turn.
      if (!s || lineAlone(doc, n)) break;
      turns.set(n, { speaker, first: s.tokenStart });
    }
  });
  return turns;
}
