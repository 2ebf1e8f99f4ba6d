import { foldChars, isArabicArticle, nameKeys } from "../facts/text/normalize.js";
import { rememberedPerText } from "./remember.js";

/**
 * Folding for comparing text outside the extractor (themes, briefings, outlets). Two
 * functions, one per purpose:
 *
 * - `fold`: a phrase for comparison — lower case, no diacritics or apostrophes, punctuation
 *   and hyphens as single spaces. "Al Ḩawl" and "al-hawl" fold alike; spellings stay
 *   distinct ("Hol" ≠ "Hawl").
 * - `foldName`: a name's identity across transliterations — `fold`, then the Arabic article
 *   dropped and each word reduced to its transliteration key (see normalize.nameKeys), so
 *   "Rami Abdel Rahman" = "Rami Abdul Rahman", "al-Hawl" = "Al Hol", "Mohammed" = "Muhammad".
 *
 * The extractor's own token folding (`foldChars`, `matchKey`) lives in facts/normalize.ts.
 */
export function fold(text: string): string {
  // An assessment folds each sentence many times over (every reading of it folds it again): a
  // long text's fold is kept, a few thousand at most (speed only: the fold is the text's alone).
  return text.length >= FOLD_KEPT_FROM ? foldKept(text) : foldNow(text);
}
const foldNow = (text: string) =>
  foldChars(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
const FOLD_KEPT_FROM = 40;
const foldKept = rememberedPerText(foldNow, 4096);

/** "Deir ez-Zor", "Sharm el-Sheikh": the article assimilated with an e. */
const EL_VARIANTS = new Set(["ez", "ed", "es", "et", "en", "esh", "er"]);

export function foldName(text: string): string {
  const keys: string[] = [];
  for (const chunk of foldChars(text).split(/\s+/)) {
    const parts = chunk.split(/[-‐‑]+/).map((p) => p.replace(/[^\p{L}\p{N}]+/gu, ""));
    // "al-Hawl", "el-Sisi", "Al Hol": the article is not part of the name.
    if (parts.length > 1 && (isArabicArticle(parts[0] ?? "") || EL_VARIANTS.has(parts[0] ?? "")))
      parts.shift();
    else if (parts.length === 1 && (parts[0] === "al" || parts[0] === "el")) continue;
    for (const p of parts) if (p) keys.push(...nameKeys(p));
  }
  return keys.join(" ");
}

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
