import type { Doc } from "../text/doc.js";
import type { Token } from "../text/tokenize.js";
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
