import type { EntityDraft } from "../entities/entity-draft.js";
import type { Doc } from "../text/doc.js";
import { ROLE_NOUNS } from "../text/word-lists.js";
import type { QuoteDraft } from "./quotes.js";
import { roleFits } from "./speakers.js";

/** Nouns a lead calls a business or a body by before naming it: "the engineer's employer". */
const BODY_ROLES = new Set(
  "company firm contractor business employer operator charity organisation organization ngo".split(" "),
);
/** Nouns that may be said of a person or of the body that employs them: "the ship's manager". */
const EITHER_ROLES = new Set(["manager", "owner"]);
/** Words opening a relative clause that describes the source: "the contractor that employed them". */
const RELATIVES = /\s+(?:that|who|which|whose)\s.*$/;

/** Titles of standing a person is called by whatever post they hold: "Professor NAME". */
const STANDING = new Set(["professor", "prof", "dr", "doctor", "sheikh"]);

/** Whether one whose role is `role` may hold the post `noun`: no post known, or that one. */
function holds(role: string | undefined, noun: string): boolean {
  const words = (role ?? "").toLowerCase().split(/[^\p{L}-]+/u);
  return words.every((w) => !ROLE_NOUNS.has(w) || STANDING.has(w)) || roleFits(role, noun);
}

/** The one noun a definite description of a source ends on, or "" when the words are no description. */
function describedHead(sentenceText: string, name: string): string {
  if (!/^[a-z]/.test(name)) return "";
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
  // "the mission's director", not "a mission director" nor "mission staff".
  if (!new RegExp(`(?:^|[^\\p{L}])the\\s+${escaped}`, "iu").test(sentenceText)) return "";
  const words = name.replace(RELATIVES, "").split(/\s+/);
  return (words.at(-1) ?? "").toLowerCase().replace(/[^\p{L}-]/gu, "");
}

/**
 * "..., the mission's director said on Thursday. Professor Ioana Vladescu, who leads the team,
 * told us that ...": a lead names its source by what it is ("the ship's manager", "the contractor
 * that employed them") and the next sentence by its name. A definite description of a post or a
 * body, speaking in the first sentence of the article that quotes anyone and left unnamed, is the
 * source the next sentence brings in: its speaker when of that kind, else (for a body) the first
 * organization it names. The one brought in must be named there for the first time, and a person
 * whose post is known must hold this one; a description nobody is named after stays as written.
 */
export function leadSourceNamedNext(
  doc: Doc,
  owners: ReadonlyMap<number, EntityDraft>,
  quotes: QuoteDraft[],
): void {
  const { tokens } = doc;
  const lead = Math.min(...quotes.map((q) => q.sentence));
  const next = doc.sentences[lead + 1];
  const here = doc.sentences[lead];
  if (!next || !here) return;
  const hereText = doc.text.slice(tokens[here.tokenStart]?.start ?? 0, tokens[here.tokenEnd - 1]?.end ?? 0);
  // Named before the next sentence: no one the next sentence brings in.
  const before = new Set<EntityDraft>();
  for (const [k, d] of owners) if (k < next.tokenStart) before.add(d);
  const fresh = (d: EntityDraft | null | undefined): d is EntityDraft => !!d && !before.has(d);
  const spoken = quotes.filter((q) => q.sentence === lead + 1 && fresh(q.speaker.draft));
  for (const q of quotes) {
    if (q.sentence !== lead || q.speaker.draft) continue;
    const head = describedHead(hereText, q.speaker.name);
    const body = BODY_ROLES.has(head);
    const either = EITHER_ROLES.has(head);
    if (!body && !either && !ROLE_NOUNS.has(head)) continue;
    const fits = (d: EntityDraft) =>
      d.type === "organization" ? body || either : d.type === "person" && !body && holds(d.role, head);
    let named = spoken.map((s) => s.speaker.draft as EntityDraft).find(fits) ?? null;
    if (!named && body) {
      for (let k = next.tokenStart; k < next.tokenEnd && !named; k++) {
        const d = owners.get(k);
        if (d?.type === "organization" && fresh(d)) named = d;
      }
    }
    if (named) q.speaker = { draft: named, name: named.name };
  }
}
