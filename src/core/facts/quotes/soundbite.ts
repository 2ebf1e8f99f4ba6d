import type { EntityDraft } from "../entities/entity-draft.js";
import { type Doc, spanText } from "../text/doc.js";
import type { Token } from "../text/tokenize.js";
import type { Attribution } from "./quote-attribution.js";
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
 * Whether the sentence before sentence n is a soundbite cue on a line of its own ("[SOUNDBITE —
 * survivor, face blurred]"): the turn labelled after it ("SURVIVOR: ...") is a speaker's.
 */
export function cuedBefore(doc: Doc, n: number): boolean {
  const { tokens, sentences } = doc;
  const cue = sentences[n - 1];
  if (!cue || ((tokens[cue.tokenStart]?.breaks ?? 0) === 0 && cue.index > 0)) return false;
  return tokens[cue.tokenStart]?.text === "[" && CUES.has(tokens[cue.tokenStart + 1]?.norm ?? "");
}

export function soundbiteSpeaker(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  q: QuoteSpan,
  memory: SpeakerMemory,
): Attribution | null {
  const { tokens, sentences } = doc;
  const open = tokens[q.open];
  if (!open || open.breaks === 0) return null;
  const cue = sentences[(open.sentence ?? 0) - 1];
  if (!cue || ((tokens[cue.tokenStart]?.breaks ?? 0) === 0 && cue.index > 0)) return null;
  const at = (k: number) => tokens[cue.tokenStart + k] as Token | undefined;
  if (at(0)?.text !== "[" || !CUES.has(at(1)?.norm ?? "")) return null;
  // "SOUND BITE", "VOX POP": a second cue word.
  let k = 2;
  while (at(k)?.kind === "word" && at(k)?.text === at(k)?.text.toUpperCase() && k < 4) k++;
  if (!DASHES.has(at(k)?.text ?? "")) return null;
  const first = cue.tokenStart + k + 1;
  let last = first;
  while (last + 1 < cue.tokenEnd && ![",", "]", "("].includes(tokens[last + 1]?.text ?? "")) last++;
  if (tokens[first]?.kind !== "word" || last - first > 6) return null;
  const speaker = phraseSpeaker(doc, owners, first, last, memory) ?? {
    draft: null,
    name: spanText(doc, first, last),
  };
  return { speaker, verb: -1 };
}
