import { foldChars, matchKey } from "./normalize.js";

export type TokenKind = "word" | "num" | "punct" | "poss";

export interface Token {
  /** Position in the token array. */
  i: number;
  start: number;
  end: number;
  text: string;
  /** Folded text (lower case, no diacritics or apostrophes). */
  norm: string;
  /** Lexicon matching key (see matchKey). */
  key: string;
  kind: TokenKind;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case (acronyms, shouted datelines). */
  upper: boolean;
  /** Whitespace separates it from the previous token. */
  space: boolean;
  /** Line breaks between the previous token and this one. */
  breaks: number;
  /** Index of the sentence it belongs to; -1 until segmentation. */
  sentence: number;
  /** Part of a metadata region (date prefix, dateline), not of any sentence's text. */
  meta: boolean;
}

// Dotted acronyms ("U.S.", "a.m.") first, then numbers with separators, then words with
// inner apostrophes ("Qa'im", "Sina'a"), then any other single non-space character. Acronyms
// are bounded: an unbounded run that fails ("a.b.c.…z") would be scanned again from every letter.
const TOKEN_RE =
  /(?:[A-Za-z]\.){2,16}(?![A-Za-z])|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}]+)*|\S/gu;
const POSSESSIVE_RE = /^(.{2,})(['’ʼ][sS])$/u;
const UPPER_START = /^\p{Lu}/u;

function makeToken(text: string, start: number, kind: TokenKind, space: boolean, breaks: number): Token {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return {
    i: 0,
    start,
    end: start + text.length,
    text,
    norm: foldChars(text),
    key: kind === "word" ? matchKey(text) : foldChars(text),
    kind,
    cap: UPPER_START.test(text),
    upper: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
    space,
    breaks,
    sentence: -1,
    meta: false,
  };
}

/** Splits text into tokens with exact offsets; every non-space character is in one token. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN_RE)) {
    const start = match.index;
    const raw = match[0];
    const gap = text.slice(last, start);
    const space = gap.length > 0;
    const breaks = (gap.match(/\n/g) ?? []).length;
    last = start + raw.length;
    if (/^\d/.test(raw)) {
      tokens.push(makeToken(raw, start, "num", space, breaks));
      continue;
    }
    if (!/[\p{L}\p{N}]/u.test(raw)) {
      tokens.push(makeToken(raw, start, "punct", space, breaks));
      continue;
    }
    // "People’s" is the word "People" and a possessive; "Sina'a" stays whole.
    const possessive = POSSESSIVE_RE.exec(raw);
    if (possessive?.[1] && possessive[2]) {
      tokens.push(makeToken(possessive[1], start, "word", space, breaks));
      tokens.push(makeToken(possessive[2], start + possessive[1].length, "poss", false, 0));
      continue;
    }
    tokens.push(makeToken(raw, start, "word", space, breaks));
  }
  tokens.forEach((token, i) => {
    token.i = i;
  });
  return tokens;
}

/** True when the token is a hyphen written without spaces, joining two words ("al-Hol"). */
export function isJoiner(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const next = tokens[i + 1];
  return (
    token !== undefined && /^[-‐‑]$/.test(token.text) && !token.space && next !== undefined && !next.space
  );
}

export function isWord(token: Token | undefined): token is Token {
  return token !== undefined && (token.kind === "word" || token.kind === "num");
}
