import type { Doc } from "../text/doc.js";
import type { Token } from "../text/tokenize.js";

/**
 * Quotation marks in every typographic form — “…” "…" „…" «…» and single ‘…’ '…' ‹…›
 * (British style) — paired across the article, with apostrophes told apart from single
 * quotes ("the fighters' families", "'80s", "Assad's": the tokenizer already keeps inner
 * apostrophes and possessives inside words). Only outermost quotations are returned, so a
 * short quotation inside a longer one is not a quote of its own. A quotation still open at a
 * paragraph break ends there when the next paragraph reopens it (the convention for quotes
 * running over paragraphs); a mark never closed quotes nothing.
 */

export interface QuoteSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or the token after the last quoted word when none closes it. */
  close: number;
}

type Style = "double" | "single";

const DOUBLE_OPEN = new Set(["“", "„", "«"]);
const DOUBLE_CLOSE = new Set(["”", "»"]);
const SINGLE_OPEN = new Set(["‘", "‹", "‚"]);
/** Low marks that open a quotation closed by a mark that opens elsewhere: „…“ and ‚…‘. */
const LOW_CLOSERS: Record<string, string> = { "„": "“", "‚": "‘" };
const SINGLE_CLOSE = new Set(["›"]);
/** Marks that may open or close: which one depends on the spacing around them. */
const AMBIGUOUS: Record<string, Style> = { '"': "double", "'": "single", "’": "single", "‟": "double" };

export const QUOTE_MARKS = new Set([
  ...DOUBLE_OPEN,
  ...DOUBLE_CLOSE,
  ...SINGLE_OPEN,
  ...SINGLE_CLOSE,
  ...Object.keys(AMBIGUOUS),
]);

const OPENING_CONTEXT = new Set(["(", "[", "—", "–", ":", ",", "“", "‘", '"', "'", "«"]);

/** Opens when written against the next word and apart from the previous one. */
function opensHere(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (!next || next.space || next.breaks > 0) return false;
  const apart = !prev || t.space || t.breaks > 0 || prev.meta || OPENING_CONTEXT.has(prev.text);
  if (!apart) return false;
  // "'80s", "’90s": a dropped century, not a quotation.
  if (
    next.kind === "num" &&
    /^\d{2}$/.test(next.text) &&
    tokens[k + 2]?.text === "s" &&
    !tokens[k + 2]?.space
  )
    return false;
  return true;
}

/** Closes when written against the previous token. */
function closesHere(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  return k > 0 && !t.space && t.breaks === 0;
}

/**
 * "the fighters' families": a plural possessive, not the end of a single quotation — unless no
 * other mark in the paragraph could close the quotation first ("had 'dismantled 20 cells' in ...
 and were 'safe'").
 */
export function pluralPossessive(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  const looksPossessive =
    prev !== undefined &&
    /s$/i.test(prev.text) &&
    next !== undefined &&
    next.kind === "word" &&
    next.space &&
    !next.cap &&
    next.breaks === 0;
  if (!looksPossessive) return false;
  for (let j = k + 1; j < tokens.length && j - k < 400; j++) {
    const t = tokens[j] as Token;
    if (t.breaks > 0) return false;
    if (t.text !== "'" && t.text !== "’" && t.text !== "‘") continue;
    // The next single mark opens another quotation: this one closed the first.
    if (t.space || t.text === "‘") return false;
    return true;
  }
  return false;
}

/**
 * Quotations nest a few deep in real text (a quote inside a quote inside a quote); a mark past this
 * depth opens nothing. Each mark looks through the open ones, so a sentence of nothing but opening
 * marks made the work grow with their square (9 s for a full-size article of them, 0.5 s for a
 * quarter of it).
 */
const MAX_NESTING = 16;

export function quoteSpans(doc: Doc): QuoteSpan[] {
  const { tokens } = doc;
  const spans: QuoteSpan[] = [];
  const stack: { at: number; style: Style; mark: string }[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.breaks > 0 && stack.length > 0) {
      // A quotation runs on to the next paragraph only when that paragraph reopens it;
      // otherwise the mark was stray and quotes nothing.
      const outer = stack[0] as { at: number; style: Style };
      const reopens = t.kind === "punct" && QUOTE_MARKS.has(t.text) && opensHere(tokens, k);
      if (reopens && k > outer.at + 1) spans.push({ open: outer.at, close: k });
      stack.length = 0;
    }
    if (t.kind !== "punct" || t.meta || !QUOTE_MARKS.has(t.text)) continue;
    let role: "open" | "close" | null = null;
    let style: Style;
    // „Ich“, ‚so‘: the mark that opens in English closes a quotation opened low, against its word.
    const low = stack.findLast((s) => LOW_CLOSERS[s.mark] === t.text);
    if (low && closesHere(tokens, k)) {
      role = "close";
      style = low.style;
    } else if (DOUBLE_OPEN.has(t.text) || SINGLE_OPEN.has(t.text)) {
      role = "open";
      style = DOUBLE_OPEN.has(t.text) ? "double" : "single";
    } else if (DOUBLE_CLOSE.has(t.text) || SINGLE_CLOSE.has(t.text)) {
      role = "close";
      style = DOUBLE_CLOSE.has(t.text) ? "double" : "single";
    } else {
      style = AMBIGUOUS[t.text] as Style;
      const open = stack.some((s) => s.style === style);
      if (open && closesHere(tokens, k) && !(style === "single" && pluralPossessive(tokens, k)))
        role = "close";
      else if (opensHere(tokens, k) && t.text !== "’") role = "open";
      else if (open && closesHere(tokens, k) && style === "double") role = "close";
    }
    if (role === "open") {
      if (stack.length < MAX_NESTING) stack.push({ at: k, style, mark: t.text });
      continue;
    }
    if (role !== "close") continue;
    const depth = stack.map((s) => s.style).lastIndexOf(style);
    if (depth < 0) continue;
    if (depth === 0) {
      const open = (stack[0] as { at: number }).at;
      if (k > open + 1) spans.push({ open, close: k });
      stack.length = 0;
    } else stack.length = depth;
  }
  return spans;
}
