import { foldPhrase } from "../facts/normalize.js";

/**
 * Folds text for matching, the same way the extractor matches its lexicon: lower case, no
 * diacritics, transliteration letters simplified, punctuation and hyphens as single spaces.
 * "Al Ḩawl" and "al-hawl" fold alike.
 */
export const fold = foldPhrase;

/** True when `term` occurs in `text` as whole words, after folding both. */
export function containsTerm(foldedText: string, term: string): boolean {
  const t = fold(term);
  if (!t) return false;
  let from = 0;
  for (;;) {
    const at = foldedText.indexOf(t, from);
    if (at < 0) return false;
    const before = at === 0 ? " " : foldedText.charAt(at - 1);
    const after = foldedText.charAt(at + t.length) || " ";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    from = at + 1;
  }
}
