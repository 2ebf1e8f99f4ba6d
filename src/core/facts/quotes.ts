import type { Doc } from "./doc.js";
import type { EntityDraft } from "./entity-draft.js";
import {
  clauseAfter,
  DISCOURSE,
  directSpans,
  directSpeaker,
  isSpeechVerb,
  OPEN,
  trailingAttribution,
  trimEnd,
} from "./quote-attribution.js";
import { phraseSpeaker, type Speaker, SpeakerMemory, subjectOf } from "./speakers.js";

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
