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

/** Lower-case words a masthead's name may hold: "ASSOCIATION OF TRADERS OF THE OLD CITY". */
const MASTHEAD_JOINERS: ReadonlySet<string> = new Set(["of", "the", "and", "for", "&", "in"]);

/**
 * The issue line of a masthead: the text's second line, under a first line of capitalised words
 * alone (the issuer's name, "DIJLA CAPITAL SECURITIES", "SahelNet Status"), holding the issue's
 * date and segments parted by middle dots or bars ("ISX Daily · Market close · Sunday 10 January
 * 2027"). Its tokens, or undefined when the head is not so laid out.
 */
function issueLine(doc: Doc): Token[] | undefined {
  const [masthead, line] = headLines(doc.tokens, 2);
  if (!masthead || !line) return undefined;
  const words = masthead.filter((t) => t.kind === "word");
  if (words.length === 0 || !words.every((t) => t.cap || MASTHEAD_JOINERS.has(t.norm))) return undefined;
  if (
    !masthead.every(
      (t) => t.kind === "word" || NAME_MARKS.has(t.text) || t.text === "&" || LABEL_MARKS.has(t.text),
    )
  )
    return undefined;
  if (!line.some((t) => t.meta) || !line.some((t) => LABEL_MARKS.has(t.text))) return undefined;
  return line;
}

/**
 * "THE ORONTES ARABIAN HORSE SOCIETY / Stud Book News · English edition · Wednesday 6 January
 * 2027", "DIJLA CAPITAL SECURITIES / ISX Daily · Market close · Sunday 10 January 2027", "AUTOPRICE
 * IRAQ / Nineveh Used-Car Price Guide · Week 1 · Thursday 7 January 2027": the dated line under an
 * issuer's masthead gives the issuer's publication, the kind of piece and the date. Its title
 * ("Stud Book News", "ISX Daily") and its labels ("Market close") are the issuer's own, whatever
 * their case; a name written only there is no body or place of the story. A known place written
 * inside a longer title ("Nineveh Used-Car Price Guide") is the publication's beat, inside its
 * name (tests/fixtures/ANNOTATION.md rule 5), and so is the same place before the title's last
 * word in the body ("its Nineveh guide"). A place that is a segment by itself ("Iraq | Thursday
 * …") and a name the text writes anywhere else keep every mention.
 */
export function issueLineLabelOnly(doc: Doc, draft: EntityDraft): boolean {
  if (draft.type === "person" || draft.mentions.length === 0) return false;
  if (draft.lexicon && draft.type !== "place") return false;
  const { tokens } = doc;
  // Cheap test first: a mention in the head.
  if (!draft.mentions.some((m) => (tokens[m.first]?.start ?? Number.MAX_SAFE_INTEGER) < 300)) return false;
  const line = issueLine(doc);
  const first = line?.[0];
  const end = line?.[line.length - 1];
  if (!line || !first || !end) return false;
  const inLine = (m: { first: number; last: number }) => m.first >= first.i && m.last <= end.i;
  // The segment of the line around a mention: its tokens between label marks.
  const segmentOf = (m: { first: number; last: number }) => {
    let from = m.first;
    while (from > first.i && !LABEL_MARKS.has(tokens[from - 1]?.text ?? "")) from--;
    let to = m.last;
    while (to < end.i && !LABEL_MARKS.has(tokens[to + 1]?.text ?? "")) to++;
    return tokens.slice(from, to + 1);
  };
  if (!draft.lexicon) return draft.mentions.every(inLine);
  // A known place: inside a longer capitalised title, and the title's last word after it elsewhere.
  let heads: Set<string> | undefined;
  const titled = draft.mentions.filter((m) => {
    if (!inLine(m)) return false;
    const seg = segmentOf(m);
    const words = seg.filter((t) => t.kind === "word");
    const head = words.at(-1);
    if (seg.some((t) => t.meta) || !words.every((t) => t.cap) || !head || head.i <= m.last) return false;
    heads = (heads ?? new Set()).add(head.norm);
    return true;
  });
  if (titled.length === 0 || !heads) return false;
  const titleHeads = heads;
  return draft.mentions.every((m) => {
    if (titled.includes(m)) return true;
    const next = tokens[m.last + 1];
    return next?.kind === "word" && !next.cap && titleHeads.has(next.norm);
  });
}

/**
 * "AUTOPRICE IRAQ" over a price guide whose body calls the firm "Autoprice": a masthead naming a
 * body the text names by itself, with a country written after the name on the same line, names
 * that body's country branch or edition (as "UNHCR IRAQ" does); the country is inside the body's
 * name there (tests/fixtures/ANNOTATION.md rules 3 and 5). A country written only so is no place
 * of the story; one the text names anywhere else keeps every mention. `named` tells whether a
 * spelling, lower case, is another entity's of the text.
 */
export function mastheadBranchCountryOnly(
  doc: Doc,
  draft: EntityDraft,
  named: (spelling: string) => boolean,
): boolean {
  if (draft.lexicon?.kind !== "country" || draft.mentions.length === 0) return false;
  const { tokens } = doc;
  const [masthead] = headLines(tokens, 1);
  const start = masthead?.[0];
  const end = masthead?.[masthead.length - 1];
  if (!masthead || !start || !end) return false;
  return draft.mentions.every((m) => {
    if (m.demonym || m.reference || m.first <= start.i || m.last > end.i) return false;
    // The country closes the masthead, or its segment before a section mark.
    const after = tokens[m.last + 1];
    if (m.last !== end.i && !LABEL_MARKS.has(after?.text ?? "")) return false;
    let from = m.first;
    while (from > start.i && tokens[from - 1]?.kind === "word" && tokens[from - 1]?.upper) from--;
    if (from === m.first || (from > start.i && !LABEL_MARKS.has(tokens[from - 1]?.text ?? ""))) return false;
    const a = tokens[from];
    const b = tokens[m.first - 1];
    return a !== undefined && b !== undefined && named(doc.text.slice(a.start, b.end).toLowerCase());
  });
}

/** Words that open a glossary's definition after its term and colon: "a thing that …", "when …". */
const DEFINITION_OPENERS = new Set(["a", "an", "the", "when", "where", "someone", "something", "people"]);

/** Whether token `k` opens a line "Term: a definition …" (the term's words capitalised, up to four). */
function glossaryLineAt(tokens: readonly Token[], k: number): number {
  const first = tokens[k];
  if (!first || (first.breaks === 0 && k > 0) || first.kind !== "word" || !first.cap) return -1;
  for (let j = k + 1; j <= k + 4; j++) {
    const t = tokens[j];
    if (!t || t.breaks > 0) return -1;
    if (t.text === ":") {
      const def = tokens[j + 1];
      return def && def.breaks === 0 && def.kind === "word" && !def.cap && DEFINITION_OPENERS.has(def.norm)
        ? j
        : -1;
    }
    if (t.kind !== "word" || !t.cap) return -1;
  }
  return -1;
}

/**
 * "Hard words / Bomb: a thing that explodes. / Operations Command: the group of army and police
 * leaders who …": a term a glossary defines, on a line of its own before a colon and a definition
 * in lower case, beside another such line, is a word the text explains, no body or place of the
 * story. A draft named elsewhere keeps every mention.
 */
export function glossaryTermOnly(doc: Doc, draft: EntityDraft): boolean {
  if (draft.mentions.length === 0 || draft.lexicon) return false;
  const { tokens } = doc;
  return draft.mentions.every((m) => {
    const colon = glossaryLineAt(tokens, m.first);
    if (colon !== m.last + 1) return false;
    // Another definition on the line before or after: a glossary, not one labelled line.
    let prev = m.first - 1;
    while (prev > 0 && (tokens[prev]?.breaks ?? 0) === 0) prev--;
    let next = m.last + 1;
    while (next < tokens.length && (tokens[next]?.breaks ?? 0) === 0) next++;
    return glossaryLineAt(tokens, prev) > 0 || glossaryLineAt(tokens, next) > 0;
  });
}
