import type { Doc } from "../text/doc.js";
import type { EntityDraft, MentionDraft } from "./entity-draft.js";

/** Words of a body's name that make it one with a branch in each province or capital. */
const BRANCH_HEADS = new Set([
  "command",
  "directorate",
  "department",
  "office",
  "branch",
  "court",
  "embassy",
  "consulate",
]);

/** Common nouns a province's name is written with ("in Raqqa province"). */
const AREA_NOUNS = new Set(["province", "governorate"]);

/**
 * "The Internal Security Command in Daraa said", "the Directorate of Education in Deir ez-Zor",
 * "the British Embassy in Baghdad": a body with a branch in every province or capital (a command,
 * a directorate, a court, an embassy), named with "in" and a place right after its name, is that
 * branch, and the text calls it so: the spelling with its seat is one of the body's. The place
 * keeps its own mention. Only a named mention counts ("the command in Daraa" names no body), and
 * only a place the article names as one, written right after "in" ("a command in the north" is
 * no seat).
 */
export function branchSeatSpelling(
  doc: Doc,
  draft: EntityDraft,
  m: MentionDraft,
  starts: ReadonlyMap<number, EntityDraft>,
): string | undefined {
  if (draft.type !== "organization" || m.reference || m.demonym) return undefined;
  const { tokens } = doc;
  const first = tokens[m.first];
  const inWord = tokens[m.last + 1];
  if (!first || inWord?.norm !== "in" || inWord.sentence !== first.sentence) return undefined;
  let branch = false;
  for (let k = m.first; k <= m.last; k++) if (BRANCH_HEADS.has(tokens[k]?.norm ?? "")) branch = true;
  if (!branch) return undefined;
  const place = starts.get(m.last + 2);
  if (place?.type !== "place") return undefined;
  const seat = place.mentions.find((p) => p.first === m.last + 2 && !p.demonym && !p.reference);
  if (!seat) return undefined;
  let last = seat.last;
  const area = tokens[last + 1];
  if (area?.kind === "word" && AREA_NOUNS.has(area.norm) && area.sentence === first.sentence) last += 1;
  const end = tokens[last];
  return end ? doc.text.slice(first.start, end.end) : undefined;
}

/**
 * Bodies organised by city and province whose branch the text names with its seat in front:
 * "the Sulaymaniyah Asayish", "the Zakho Asayish" (the Kurdistan Region's security directorates).
 */
const SEATED_BODIES = new Set(["org/asayish"]);

/**
 * "The Sulaymaniyah Asayish said": a place the article names written right before the name of a
 * body organised by city (SEATED_BODIES) names that body's branch there, and the text calls the
 * body so: the spelling with its seat is one of the body's. The place keeps its own mention.
 */
export function seatBeforeSpelling(
  doc: Doc,
  draft: EntityDraft,
  m: MentionDraft,
  owners: ReadonlyMap<number, EntityDraft>,
): string | undefined {
  if (!draft.lexicon || !SEATED_BODIES.has(draft.lexicon.id) || m.reference || m.demonym) return undefined;
  const { tokens } = doc;
  const body = tokens[m.first];
  const place = owners.get(m.first - 1);
  if (!body || place?.type !== "place" || place === draft) return undefined;
  let start = m.first - 1;
  while (owners.get(start - 1) === place) start--;
  const seat = place.mentions.find((p) => p.first === start && p.last === m.first - 1 && !p.demonym);
  const from = tokens[start];
  if (!seat || !from || from.sentence !== body.sentence || !from.cap) return undefined;
  const end = tokens[m.last];
  return end ? doc.text.slice(from.start, end.end) : undefined;
}
