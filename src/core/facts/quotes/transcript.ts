import type { EntityDraft } from "../entities/entity-draft.js";
import { type Doc, spanText } from "../text/doc.js";
import type { Token } from "../text/tokenize.js";
import { TITLES } from "../text/word-lists.js";
import type { Speaker, SpeakerMemory } from "./speakers.js";

/**
 * Transcripts: a paragraph opening with a speaker's label in capitals ("GEN. WHITFIELD: ...",
 * "MR. KIRBY: ...", "SPOKESPERSON (Name): ...") is that speaker's turn, and its sentences,
 * up to the next label, are that speaker's words. The words of the people asking or presenting
 * ("Q:", "PRESENTER:", "CORRESPONDENT (Name):") are questions and narration, not statements.
 * A label counts only when it names a person of the article or opens two turns or more, so a
 * "WASHINGTON:" dateline or an "UPDATE:" note is no turn. An interview's "A:" (or "ANSWER:")
 * names nobody: its answers are the interviewee's, the person the introduction before the first
 * label names most often.
 */

export interface Turn {
  speaker: Speaker;
  /** First token after the label (in the turn's first sentence). */
  first: number;
}

/** Labels of those who ask, present or narrate. */
const MEDIA_ROLES = new Set(
  "q question questions presenter correspondent reporter reporters anchor host moderator interviewer journalist audience participant unidentified unknown operator crosstalk voice announcer narrator caller editor note update".split(
    " ",
  ),
);
/** Labels of an interview's answers, which belong to the interviewee of the introduction. */
const ANSWER_ROLES = new Set(["a", "answer", "answers"]);
/** A label is a few words: "LT. GEN. ALEXUS GRYNKEWICH", "SPOKESPERSON (Stéphane Dujarric)". */
const LABEL_REACH = 10;

/** Whether a label word is written in capitals ("GEN", "Q", "O'BRIEN"). */
const capitals = (t: Token) => t.kind === "word" && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text);

/** The colon ending a label that opens the paragraph at token `start`, or -1. */
function labelColon(tokens: readonly Token[], start: number, end: number): number {
  let depth = 0;
  let words = 0;
  for (let k = start; k < Math.min(end, start + LABEL_REACH); k++) {
    const t = tokens[k] as Token;
    if (t.text === ":" && depth === 0) return words > 0 && !t.space ? k : -1;
    if (t.text === "(") depth++;
    else if (t.text === ")") depth--;
    else if (depth > 0) continue;
    else if (t.kind === "word") {
      if (!capitals(t)) return -1;
      words++;
    } else if (![".", "-", "'", "’"].includes(t.text)) return -1;
    if (depth < 0) return -1;
  }
  return -1;
}

/** The person a label names: a person of the article, by mention or by a part of the name. */
function labelPerson(
  tokens: readonly Token[],
  owners: Map<number, EntityDraft>,
  memory: SpeakerMemory,
  start: number,
  colon: number,
): EntityDraft | null {
  for (let k = start; k < colon; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" || TITLES.has(t.norm)) continue;
    const d = owners.get(k) ?? memory.namePart(k);
    if (d?.type === "person") return d;
  }
  return null;
}

/** The person the text before token `end` names most often (the first of equals), or null. */
function interviewee(owners: Map<number, EntityDraft>, end: number): EntityDraft | null {
  const counts = new Map<EntityDraft, number>();
  let best: EntityDraft | null = null;
  for (const [k, d] of [...owners].sort((a, b) => a[0] - b[0])) {
    if (k >= end || d.type !== "person") continue;
    const n = (counts.get(d) ?? 0) + 1;
    counts.set(d, n);
    if (!best || n > (counts.get(best) ?? 0)) best = d;
  }
  return best;
}

/** Turns by sentence index: who speaks each sentence of a transcript, and where the words start. */
export function transcriptTurns(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  memory: SpeakerMemory,
): Map<number, Turn> {
  const { tokens, sentences } = doc;
  const labels: {
    sentence: number;
    colon: number;
    name: string;
    person: EntityDraft | null;
    media: boolean;
    answer: boolean;
  }[] = [];
  for (const s of sentences) {
    const first = tokens[s.tokenStart];
    if (!first || first.meta || (s.index > 0 && first.breaks === 0)) continue;
    const colon = labelColon(tokens, s.tokenStart, s.tokenEnd);
    if (colon < 0 || colon + 1 >= s.tokenEnd) continue;
    const words = tokens.slice(s.tokenStart, colon).filter((t) => t.kind === "word");
    const media = words.some((t) => MEDIA_ROLES.has(t.norm));
    const name = spanText(doc, s.tokenStart, colon - 1);
    const answer = words.length === 1 && ANSWER_ROLES.has(words[0]?.norm ?? "");
    const person = media ? null : labelPerson(tokens, owners, memory, s.tokenStart, colon);
    labels.push({ sentence: s.index, colon, name, person, media, answer });
  }
  const turns = new Map<number, Turn>();
  if (labels.length < 2) return turns;
  const firstLabel = sentences[labels[0]?.sentence ?? 0]?.tokenStart ?? 0;
  const guest = labels.some((l) => l.answer) ? interviewee(owners, firstLabel) : null;
  const uses = new Map<string, number>();
  for (const l of labels) uses.set(l.name, (uses.get(l.name) ?? 0) + 1);
  labels.forEach((l, i) => {
    if (l.media) return;
    // Owned by a place or an organization: a dateline or a heading, not a speaker.
    if (!l.person && (uses.get(l.name) ?? 0) < 2) return;
    if (
      !l.person &&
      tokens
        .slice(sentences[l.sentence]?.tokenStart ?? 0, l.colon)
        .some((_t, j) => owners.has((sentences[l.sentence]?.tokenStart ?? 0) + j))
    )
      return;
    const person = l.person ?? (l.answer ? guest : null);
    const speaker: Speaker = person ? { draft: person, name: person.name } : { draft: null, name: l.name };
    const until = labels[i + 1]?.sentence ?? sentences.length;
    for (let n = l.sentence; n < until; n++) {
      const s = sentences[n];
      if (s) turns.set(n, { speaker, first: n === l.sentence ? l.colon + 1 : s.tokenStart });
    }
  });
  return turns;
}
