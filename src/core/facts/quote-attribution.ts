import type { Doc } from "./doc.js";
import type { EntityDraft } from "./entity-draft.js";
import { phraseSpeaker, type Speaker, type SpeakerMemory, subjectOf } from "./speakers.js";
import type { Token } from "./tokenize.js";
import { isVerbWord } from "./word-classes.js";
import { BARE_CLAUSE_VERBS, SPEECH_VERBS, TITLES } from "./word-lists.js";

/**
 * How a sentence attributes what it quotes: quotation marks, the clause a speech verb
 * introduces ("said that ...", "told reporters that ..."), a trailing ", he said", and who
 * speaks a direct quote (after it, before it, "according to", or the speaker before).
 */

export const OPEN = new Set(["“", '"']);
export const CLOSE = new Set(["”", '"']);
export const TRAILING = new Set([".", ",", ";", ":", "!", "?", "…"]);
const NO_BARE_CLAUSE = new Set([
  "to",
  "by",
  "in",
  "on",
  "with",
  "during",
  "for",
  "as",
  "of",
  "from",
  "after",
  "before",
  "told",
  "at",
]);
const TELL = new Set(["told", "tells", "tell", "informed", "assured", "reminded"]);
const PREPOSITIONS = new Set([
  "to",
  "by",
  "in",
  "on",
  "with",
  "during",
  "for",
  "at",
  "last",
  "this",
  "repeatedly",
  "also",
]);
const TIME_WORDS = new Set([
  "on",
  "in",
  "last",
  "this",
  "during",
  "at",
  "to",
  "yesterday",
  "today",
  "earlier",
  "later",
]);
export const DISCOURSE = new Set([
  "however",
  "meanwhile",
  "moreover",
  "furthermore",
  "also",
  "but",
  "and",
  "in",
  "addition",
]);

export interface Span {
  open: number;
  close: number;
}

export function directSpans(tokens: readonly Token[], first: number, end: number): Span[] {
  const spans: Span[] = [];
  let open = -1;
  for (let k = first; k < end; k++) {
    const t = tokens[k] as Token;
    if (open < 0 && OPEN.has(t.text)) open = k;
    else if (open >= 0 && CLOSE.has(t.text)) {
      if (k > open + 1) spans.push({ open, close: k });
      open = -1;
    }
  }
  return spans;
}

/** Last token of quoted words, without trailing punctuation. */
export function trimEnd(tokens: readonly Token[], first: number, last: number): number {
  let k = last;
  while (k > first && TRAILING.has(tokens[k]?.text ?? "")) k--;
  return k;
}

export const isSpeechVerb = (t: Token | undefined) =>
  t !== undefined && t.kind === "word" && SPEECH_VERBS.has(t.norm);

/** Where the reported clause after speech verb v starts, if it has one. */
export function clauseAfter(
  tokens: readonly Token[],
  v: number,
  end: number,
  quoted: (k: number) => boolean,
): number {
  // "said that", "told reporters that", "said on Sunday that", "said, however, that" — but
  // in "said the attack showed that ..." the clause starts right after "said".
  const first = tokens[v + 1];
  const prepositional = first !== undefined && (first.kind === "punct" || PREPOSITIONS.has(first.norm));
  for (let j = v + 1; j < Math.min(end, v + 13); j++) {
    const t = tokens[j] as Token;
    if (quoted(j) || OPEN.has(t.text) || t.text === "." || t.text === ";") break;
    // "told" takes its listener first: "told the Rojava Daily that".
    const reach = TELL.has(tokens[v]?.norm ?? "") ? 6 : 3;
    if (t.norm === "that" && (j - v <= reach || prepositional)) return j + 1 < end ? j + 1 : -1;
  }
  const verb = tokens[v] as Token;
  const next = tokens[v + 1];
  if (!BARE_CLAUSE_VERBS.has(verb.norm) || !next || v + 1 >= end || next.kind === "punct") return -1;
  if (NO_BARE_CLAUSE.has(next.norm) && !(next.norm === "at" && tokens[v + 2]?.norm === "least")) return -1;
  // "a house that officials said belonged to ...": a relative clause, not reported speech.
  if (next.kind === "word" && isVerbWord(next.norm)) return -1;
  return v + 1;
}

/** Sentence end before a trailing attribution (", he said.", ", the statement said on Friday."). */
export function trailingAttribution(
  tokens: readonly Token[],
  first: number,
  end: number,
): { comma: number; verb: number } | null {
  let last = end - 1;
  while (last > first && TRAILING.has(tokens[last]?.text ?? "")) last--;
  for (let v = last; v > first && last - v <= 6; v--) {
    if (!isSpeechVerb(tokens[v])) continue;
    // After the verb: nothing, a time ("on Friday"), or, right after the comma, the speaker.
    const after = tokens[v + 1];
    const timeOnly = v === last || (after !== undefined && TIME_WORDS.has(after.norm) && last - v <= 4);
    if (tokens[v - 1]?.text === "," && after && (after.cap || ["the", "a", "an"].includes(after.norm))) {
      return { comma: v - 1, verb: v };
    }
    if (!timeOnly) continue;
    for (let c = v - 1; c > first && v - c <= 14; c--) {
      if (tokens[c]?.text === ",") return { comma: c, verb: v };
      if (OPEN.has(tokens[c]?.text ?? "") || CLOSE.has(tokens[c]?.text ?? "")) break;
    }
  }
  return null;
}

export function directSpeaker(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  q: Span,
  ctx: { start: number; end: number; quoted: (k: number) => boolean; quotedBefore: boolean },
  memory: SpeakerMemory,
): Speaker | null {
  const { tokens } = doc;
  // After the quote: '..., he said', '..., said NAME, a ...', '..., SDF spokesman NAME told'.
  let j = q.close + 1;
  while (j < ctx.end && tokens[j]?.text === ",") j++;
  for (let v = j; v < Math.min(ctx.end, j + 7); v++) {
    const t = tokens[v] as Token;
    // "CENTCOM commander Gen. Michael Kurilla said": the period of a title does not stop the search.
    const titlePeriod = t.text === "." && !t.space && TITLES.has(tokens[v - 1]?.norm ?? "");
    if (OPEN.has(t.text) || (t.kind === "punct" && v > j && !titlePeriod)) break;
    if (!isSpeechVerb(t)) continue;
    let speaker: Speaker | null;
    if (v === j) {
      let npEnd = v + 1;
      while (npEnd + 1 < ctx.end && ![",", ".", ";"].includes(tokens[npEnd + 1]?.text ?? "")) npEnd++;
      speaker = phraseSpeaker(doc, owners, v + 1, npEnd, memory);
    } else {
      speaker = phraseSpeaker(doc, owners, j, v - 1, memory);
    }
    if (speaker) return speaker;
    break;
  }
  // Before the quote: the nearest speech verb ("X believes that ... could help "...").
  for (let v = q.open - 1; v >= Math.max(ctx.start, q.open - 60); v--) {
    if (isSpeechVerb(tokens[v]) && !ctx.quoted(v)) return subjectOf(doc, owners, v, memory);
  }
  for (let a = Math.max(ctx.start, q.open - 60); a < Math.min(ctx.end - 1, q.close + 60); a++) {
    if (tokens[a]?.norm === "according" && tokens[a + 1]?.norm === "to") {
      let npEnd = a + 2;
      while (npEnd + 1 < ctx.end && ![",", ".", ";"].includes(tokens[npEnd + 1]?.text ?? "")) npEnd++;
      return phraseSpeaker(doc, owners, a + 2, npEnd, memory);
    }
  }
  // A sentence that is only a quote continues the speaker of the quote before it.
  if (q.open === ctx.start && ctx.quotedBefore) return memory.last();
  return null;
}
