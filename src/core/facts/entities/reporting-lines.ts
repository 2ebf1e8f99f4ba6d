import type { Doc } from "../text/doc.js";
import type { Token } from "../text/tokenize.js";
import type { EntityDraft } from "./entity-draft.js";

/** Words a line of its own holds at most on either side of its place to be a byline's or a dateline's. */
const SIDE_WORDS = 4;
const DASHES = /^[-‐‑–—]$/;

/** The tokens of the line holding token `at`, from its first to its last. */
export function lineOf(tokens: readonly Token[], at: number): Token[] {
  let start = at;
  while (start > 0 && (tokens[start]?.breaks ?? 0) === 0 && at - start < 20) start--;
  let end = at + 1;
  while (end < tokens.length && (tokens[end]?.breaks ?? 0) === 0 && end - at < 20) end++;
  if (start > 0 && (tokens[start]?.breaks ?? 0) === 0) return [];
  if (end < tokens.length && (tokens[end]?.breaks ?? 0) === 0) return [];
  return tokens.slice(start, end);
}

/** A short run of capitalised words naming no place: an outlet's, an agency's or a person's name. */
function nameRun(words: readonly Token[], owners: ReadonlyMap<number, EntityDraft>): boolean {
  return (
    words.length > 0 &&
    words.length <= SIDE_WORDS &&
    words.every((t) => t.kind === "word" && t.cap && owners.get(t.i)?.type !== "place")
  );
}

/**
 * "Maya Stone / Eastbrook Radio, Hasakah" under a headline, "Kirkuk - IPA" over an agency's item:
 * a line of its own that holds only an outlet's name and its desk's town after a comma, right under
 * a line holding only a name (the byline), or only a town and, after a dash, the agency filing
 * from it (a dateline set on its own line), says where the text was filed from, not where its
 * events happened. A place the text also names elsewhere keeps every mention; "Sinjar district,
 * Nineveh" (a place before the comma) and "Mosul - Erbil" (a place after the dash) are no such line.
 */
export function reportingLineOnly(
  doc: Doc,
  draft: EntityDraft,
  owners: ReadonlyMap<number, EntityDraft>,
): boolean {
  if (draft.type !== "place" || draft.mentions.length === 0) return false;
  const { tokens } = doc;
  return draft.mentions.every((m) => {
    if (m.demonym || m.reference) return false;
    const line = lineOf(tokens, m.first);
    if (line.length === 0) return false;
    const first = line[0] as Token;
    const before = line.filter((t) => t.i < m.first);
    const after = line.filter((t) => t.i > m.last);
    // "Kirkuk - IPA": the town opens the line, the agency closes it after a dash.
    if (before.length === 0 && after.length >= 2 && DASHES.test(after[0]?.text ?? ""))
      return nameRun(after.slice(1), owners);
    // "Eastbrook Radio, Hasakah": the outlet, a comma, the town closing the line...
    if (after.length > 0 || before.at(-1)?.text !== ",") return false;
    if (!nameRun(before.slice(0, -1), owners)) return false;
    // ... under a line that holds a name only ("Maya Stone", "By Maya Stone").
    const above = lineOf(tokens, first.i - 1);
    const name = above[0]?.norm === "by" ? above.slice(1) : above;
    return (
      name.length >= 2 && nameRun(name, owners) && name.every((t) => owners.get(t.i)?.type !== "organization")
    );
  });
}
