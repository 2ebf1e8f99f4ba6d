import type { Doc } from "../text/doc.js";
import type { Token } from "../text/tokenize.js";
import { ORG_HEADS } from "../text/word-lists.js";
import type { EntityDraft } from "./entity-draft.js";

/** Marks that part a publication's section from its subsection: "World | Middle East", "World › Syria". */
const SECTION_SEPARATORS: ReadonlySet<string> = new Set(["|", "›", ">", "»", "/"]);
/** A section label is a short line: "Arab World | Syria", "News › World › Middle East". */
const LABEL_WORDS = 5;
/** Section labels stand at the head of the text, under the masthead. */
const HEAD_LINES = 3;
/** Words that open the line under a section label: "Published on: …", "Updated …". */
const STAMP_WORDS = new Set(["published", "updated", "modified", "posted", "issued"]);

/** The lines of the text's head, as runs of tokens, at most `count` of them. */
function headLines(tokens: readonly Token[], count: number): Token[][] {
  const lines: Token[][] = [];
  for (const t of tokens) {
    if (lines.length === 0 || t.breaks > 0) {
      if (lines.length === count) break;
      lines.push([]);
    }
    lines[lines.length - 1]?.push(t);
  }
  return lines;
}

/**
 * "THE MARMARA HERALD / World | Middle East / Car bomb kills six …", "Arab World | Syria" over a
 * story about Daraa, "FRANCE HORIZONS 24 · English / Middle East / Published on: …": the section
 * of the paper or the website a story is filed under names a place as the desk's beat, not as a
 * place of the story's events. A line of the head (one of its first three) holding only a few
 * capitalised words parted by a section mark, or a line holding only the place between the
 * masthead and the publication stamp, is such a label. A place the text names anywhere else
 * keeps every mention; a headline ("Car bomb kills six in Syria's Azaz") is no label, its words
 * being in lower case.
 */
export function sectionLabelOnly(doc: Doc, draft: EntityDraft): boolean {
  if (draft.type !== "place" || draft.mentions.length === 0) return false;
  const lines = headLines(doc.tokens, HEAD_LINES);
  return draft.mentions.every((m) => {
    const at = lines.findIndex((l) => l.some((t) => t.i === m.first));
    const line = lines[at];
    if (at < 0 || !line || !line.some((t) => t.i === m.last)) return false;
    const words = line.filter((t) => t.kind === "word");
    if (words.length > LABEL_WORDS || !words.every((t) => t.cap)) return false;
    const marks = line.filter((t) => t.kind !== "word");
    if (marks.length > 0) return marks.every((t) => SECTION_SEPARATORS.has(t.text));
    // The place alone on its line, right under the masthead, over the publication's stamp.
    const alone = line[0]?.i === m.first && line[line.length - 1]?.i === m.last;
    const next = lines[at + 1]?.[0];
    return alone && at === 1 && next !== undefined && STAMP_WORDS.has(next.norm);
  });
}

/**
 * Marks that part a head line's labels: a masthead's publication from its sections ("SOUNDPOST ·
 * World & Roots · News"), a label line's segments ("Field Update · Syria Programme · 28 December
 * 2026", "KooraIraq · Stars League · Sunday 20 December").
 */
export const LABEL_MARKS: ReadonlySet<string> = new Set(["·", "|", "•"]);
/** Marks a section's name may hold: "World & Roots", "Old Comrades' News". */
const NAME_MARKS: ReadonlySet<string> = new Set(["&", "'", "’"]);
/** A section's name is a few words: "Homeland News", "Old Comrades' News". */
const SECTION_WORDS = 4;

/** Whether every word of the run is capitalised and its marks are a name's own. */
function titleRun(run: readonly Token[]): boolean {
  const words = run.filter((t) => t.kind === "word");
  return (
    words.length > 0 &&
    words.length <= SECTION_WORDS &&
    words.every((t) => t.cap) &&
    run.every((t) => t.kind === "word" || t.kind === "poss" || NAME_MARKS.has(t.text))
  );
}

/**
 * "THE NINEVEH STAR / Assyrian Community Weekly · Chicago · Sunday, December 27, 2026 / Homeland
 * News / Christmas Eve shooting …", "SOUNDPOST · World & Roots · News / Mosul festival calls off
 * …": the column or section of a paper a story is filed under is a label of the paper's, no body
 * of the story, though its last word ("News") is a body's. Such a label is a short line of
 * capitalised words standing alone under the masthead (the first line, in capitals) and the issue
 * line (the one above it, dated with a year), or a part of the masthead line itself, after the
 * capitals of the publication's name and parted from it by a section mark, written in capitals
 * and lower case and holding no body's head noun ("MINISTRY OF INTERIOR · Border Guard Forces
 * Command" is a letterhead's body, and stays). An organization the text names anywhere else keeps
 * every mention.
 */
export function sectionLabelBodyOnly(doc: Doc, draft: EntityDraft): boolean {
  if (draft.type !== "organization" || draft.lexicon) return false;
  const { tokens } = doc;
  // "Don't watch the news": a common noun read as the label's reference names nothing.
  const named = draft.mentions.filter((m) => !m.reference);
  // Cheap test first: every mention in the head's first lines.
  if (named.length === 0 || named.some((m) => (tokens[m.first]?.start ?? Number.MAX_SAFE_INTEGER) > 400))
    return false;
  const lines = headLines(tokens, HEAD_LINES);
  const masthead = lines[0];
  if (!masthead) return false;
  return named.every((m) => {
    const at = lines.findIndex((l) => l.some((t) => t.i === m.first));
    const line = lines[at];
    if (at < 0 || !line || !line.some((t) => t.i === m.last)) return false;
    if (at === 0) {
      // A part of the masthead line: the run between section marks that holds the mention.
      const start = line[0]?.i ?? m.first;
      const end = line[line.length - 1]?.i ?? m.last;
      let from = m.first;
      while (from > start && !LABEL_MARKS.has(tokens[from - 1]?.text ?? "")) from--;
      let to = m.last;
      while (to < end && !LABEL_MARKS.has(tokens[to + 1]?.text ?? "")) to++;
      if (from === start) return false;
      const name = line.filter((t) => t.i < from - 1);
      const run = line.filter((t) => t.i >= from && t.i <= to);
      return (
        name.length > 0 &&
        name.every((t) => t.kind !== "word" || t.upper) &&
        titleRun(run) &&
        !run.every((t) => t.kind !== "word" || t.upper) &&
        !run.some((t) => ORG_HEADS.has(t.norm))
      );
    }
    // A line of its own under the masthead and the dated issue line.
    const above = lines[at - 1];
    return (
      at === 2 &&
      masthead.every((t) => t.kind !== "word" || t.upper || !t.cap) &&
      masthead.some((t) => t.upper) &&
      (above ?? []).some((t) => t.kind === "num" && /^(?:19|20)\d\d$/.test(t.text)) &&
      titleRun(line)
    );
  });
}

/** Lower-case words a desk's or programme's label may hold: "Regulation & Enforcement", "Law and Order". */
const LABEL_JOINERS: ReadonlySet<string> = new Set(["and", "of", "the", "for", "&"]);

/**
 * "Field Update · Syria Programme · Monday 28 December 2026", "Regulation & Enforcement · Friday,
 * 1 January 2027": a line under the masthead that carries the publication's date and, beside it,
 * only capitalised segments parted by middle dots or bars names the kind of piece, the desk or
 * the programme it is filed under — a label of the publication's, not a body of the story. An
 * organization the text names only there (no lexicon entry, no mention in the body) is none of
 * the article's entities.
 */
export function dateLabelOnly(doc: Doc, draft: EntityDraft): boolean {
  if (draft.type !== "organization" || draft.lexicon || draft.mentions.length === 0) return false;
  const lines = headLines(doc.tokens, HEAD_LINES);
  return draft.mentions.every((m) => {
    const at = lines.findIndex((l) => l.some((t) => t.i === m.first));
    const line = lines[at];
    if (at < 1 || !line || !line.some((t) => t.i === m.last) || !line.some((t) => t.meta)) return false;
    const label = line.filter((t) => !t.meta);
    if (!label.some((t) => LABEL_MARKS.has(t.text))) return false;
    return label.every((t) =>
      t.kind === "word"
        ? t.cap || LABEL_JOINERS.has(t.norm)
        : LABEL_MARKS.has(t.text) || LABEL_JOINERS.has(t.text),
    );
  });
}
