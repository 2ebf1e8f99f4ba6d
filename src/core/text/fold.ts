/**
 * Folds text for matching: lower case, no diacritics, one kind of apostrophe, hyphens and
 * runs of spaces as one space. "Al Ḩawl" and "al-hawl" fold alike.
 */
export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u02bb`´]/g, "'")
    .replace(/[\u2010-\u2015-]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
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
