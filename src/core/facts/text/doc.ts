import type { SentenceSpan } from "./segment.js";
import type { Token } from "./tokenize.js";

/** The tokenised, segmented article every extraction step reads. */
export interface Doc {
  text: string;
  tokens: Token[];
  sentences: SentenceSpan[];
  publishedAt: string | null;
  /** A letter's own place-and-date line: the day its writer counts from, after `start`. */
  written?: { date: string; start: number };
  /** The day the story was last updated, after its publication: what an "UPDATE:" paragraph counts from. */
  updatedAt?: string;
}

/** Exact text of a token range [first, last]. */
export function spanText(doc: Doc, first: number, last: number): string {
  const a = doc.tokens[first];
  const b = doc.tokens[last];
  return a && b ? doc.text.slice(a.start, b.end) : "";
}
