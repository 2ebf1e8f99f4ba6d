import type { Doc } from "./doc.js";
import type { EntityDraft } from "./entity-draft.js";
import { phraseSpeaker, type Speaker, SpeakerMemory, subjectOf } from "./speakers.js";
import type { Token } from "./tokenize.js";
import { isVerbWord } from "./word-classes.js";
import { BARE_CLAUSE_VERBS, SPEECH_VERBS } from "./word-lists.js";

/**
 * Direct quotes ("...") and reported speech ("X noted that ...", "..., according to X",
 * "..., the ministry said"), each with its speaker. Sentences are read in order so "he said"
 * and "the statement said" resolve to the speakers before them.
 */

export interface QuoteDraft {
  kind: "direct" | "indirect";
  speaker: Speaker;
  sentence: number;
  /** Token range of the quoted words [first, last]. */
  first: number;
  last: number;
}

const OPEN = new Set(["“", '"']);
const CLOSE = new Set(["”", '"']);
const TRAILING = new Set([".", ",", ";", ":", "!", "?", "…"]);
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
const DISCOURSE = new Set([
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

interface Span {
  open: number;
  close: number;
}

function directSpans(tokens: readonly Token[], first: number, end: number): Span[] {
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
function trimEnd(tokens: readonly Token[], first: number, last: number): number {
  let k = last;
  while (k > first && TRAILING.has(tokens[k]?.text ?? "")) k--;
  return k;
}

const isSpeechVerb = (t: Token | undefined) =>
  t !== undefined && t.kind === "word" && SPEECH_VERBS.has(t.norm);

/** Where the reported clause after speech verb v starts, if it has one. */
function clauseAfter(
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
function trailingAttribution(
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

export function findQuotes(doc: Doc, owners: Map<number, EntityDraft>): QuoteDraft[] {
  const { tokens } = doc;
  const memory = new SpeakerMemory();
  const quotes: QuoteDraft[] = [];
  let quotedBefore = -2;
  for (const s of doc.sentences) {
    const start = s.tokenStart;
    const end = s.tokenEnd;
    const spans = directSpans(tokens, start, end);
    const quoted = (k: number) => spans.some((q) => k >= q.open && k <= q.close);
    type Task = { at: number; run: () => QuoteDraft | null };
    const tasks: Task[] = [];
    const indirect = (first: number, last: number, speaker: Speaker | null): QuoteDraft | null => {
      const l = trimEnd(tokens, first, last);
      if (!speaker || l < first || OPEN.has(tokens[first]?.text ?? "")) return null;
      return { kind: "indirect", speaker, sentence: s.index, first, last: l };
    };
    const tail = trailingAttribution(tokens, start, end);
    const clauseEnd = tail ? tail.comma - 1 : end - 1;

    for (let v = start; v < end; v++) {
      if (!isSpeechVerb(tokens[v]) || quoted(v) || v === tail?.verb) continue;
      const c = clauseAfter(tokens, v, end, quoted);
      if (c < 0) continue;
      tasks.push({
        at: v,
        run: () => indirect(c, Math.max(c, clauseEnd), subjectOf(doc, owners, v, memory)),
      });
    }
    for (let a = start; a < end - 1; a++) {
      if (tokens[a]?.norm !== "according" || tokens[a + 1]?.norm !== "to" || quoted(a)) continue;
      let npStart = a + 2;
      // "according to a statement from the Ministry ...": the ministry speaks.
      for (let j = npStart; j < Math.min(end, npStart + 4); j++) {
        if (
          ["from", "by"].includes(tokens[j]?.norm ?? "") &&
          ["statement", "report"].includes(tokens[j - 1]?.norm ?? "")
        )
          npStart = j + 1;
      }
      let npEnd = npStart;
      while (
        npEnd + 1 < end &&
        ![",", ".", ";"].includes(tokens[npEnd + 1]?.text ?? "") &&
        tokens[npEnd + 1]?.norm !== "who"
      )
        npEnd++;
      const speak = () => phraseSpeaker(doc, owners, npStart, npEnd, memory);
      if (a === start || (a === start + 1 && tokens[start]?.kind === "punct")) {
        let comma = npEnd + 1;
        if (["which", "who"].includes(tokens[comma + 1]?.norm ?? "")) {
          comma++;
          while (comma < end && tokens[comma]?.text !== ",") comma++;
        }
        tasks.push({ at: a, run: () => indirect(comma + 1, end - 1, speak()) });
      } else if (tokens[a - 1]?.text === ",") {
        let first = start;
        while (first < a - 1 && DISCOURSE.has(tokens[first]?.norm ?? "")) first++;
        if (tokens[first]?.text === ",") first++;
        tasks.push({ at: a, run: () => indirect(first, a - 2, speak()) });
      }
    }
    // A trailing ", he said" after reported speech already attributed adds nothing.
    const reported = tasks.some((t) => t.at < (tail?.comma ?? 0));
    if (tail && !quoted(tail.verb) && !reported) {
      const { comma, verb } = tail;
      const speak = () =>
        tokens[comma + 1] === tokens[verb]
          ? phraseSpeaker(doc, owners, verb + 1, trimEnd(tokens, verb + 1, end - 1), memory)
          : phraseSpeaker(doc, owners, comma + 1, verb - 1, memory);
      if (!OPEN.has(tokens[start]?.text ?? ""))
        tasks.push({ at: comma, run: () => indirect(start, comma - 1, speak()) });
    }
    for (const q of spans) {
      tasks.push({
        at: q.open,
        run: () => {
          const context = { start, end, quoted, quotedBefore: quotedBefore === s.index - 1 };
          const speaker = directSpeaker(doc, owners, q, context, memory);
          const last = trimEnd(tokens, q.open + 1, q.close - 1);
          return speaker ? { kind: "direct", speaker, sentence: s.index, first: q.open + 1, last } : null;
        },
      });
    }
    tasks.sort((x, y) => x.at - y.at);
    for (const task of tasks) {
      const quote = task.run();
      if (!quote) continue;
      quotes.push(quote);
      memory.remember(quote.speaker);
      if (quote.kind === "direct") quotedBefore = s.index;
    }
  }
  const seen = new Set<string>();
  return quotes.filter((q) => {
    const key = `${q.kind}:${q.first}:${q.last}`;
    return !seen.has(key) && seen.add(key);
  });
}

function directSpeaker(
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
    if (OPEN.has(t.text) || (t.kind === "punct" && v > j)) break;
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
