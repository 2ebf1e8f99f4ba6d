/**
 * Text folding for matching. Articles spell the same name many ways ("Al Ḩawl", "al-Hawl",
 * "Al-Hol"; "Hasakah", "Hasaka"; curly or straight apostrophes), so every comparison goes
 * through these functions rather than through raw strings.
 */

const APOSTROPHES = /['’‘ʼʻʿʾ`´]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range is meant
const ASCII = /^[\x00-\x7f]*$/;
const ASCII_APOSTROPHES = /['`]/g;
/**
 * ASCII, the no-break space and General Punctuation from U+2002 (U+2000 and U+2001 decompose to
 * U+2002 and U+2003; nothing from U+2002 to U+206F decomposes, is a mark or has a lower case).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range is meant
const PUNCTUATED_ASCII = /^[\x00-\x7f\u00a0\u2002-\u206f]*$/;
export const SPECIAL_LETTERS: Record<string, string> = {
  ı: "i",
  ß: "ss",
  ø: "o",
  æ: "ae",
  œ: "oe",
  đ: "d",
  ł: "l",
  þ: "th",
  ð: "d",
};
const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join("")}]`, "g");

/**
 * Character folding: lower case, diacritics and apostrophes removed, every other character
 * kept (hyphens, spaces, punctuation), so token norms and keys stay readable. For comparing
 * whole phrases use `fold` (src/core/text/fold.ts), which also drops punctuation.
 */
export function foldChars(text: string): string {
  // Most words are plain ASCII; they need no Unicode decomposition.
  if (ASCII.test(text)) return text.toLowerCase().replace(ASCII_APOSTROPHES, "");
  // Most sentences are ASCII with typographic punctuation (curly quotes, dashes, a no-break
  // space): none of those decomposes or is a mark, so the result is the slow path's without
  // decomposing (a speed path only: a third of a briefing's folding went to NFD and \p{M}).
  if (PUNCTUATED_ASCII.test(text)) return text.toLowerCase().replace(APOSTROPHES, "");
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(SPECIAL_RE, (ch) => SPECIAL_LETTERS[ch] ?? ch)
    .replace(APOSTROPHES, "");
}

/**
 * Key of one word for lexicon and alias matching: folded, then transliteration variants
 * collapsed (ee→i, oo/ou→u, doubled letters, final -ah→-a), so "Raqqah" = "Raqa",
 * "Al-Hurra" = "Al-Hura", "Waleed" = "Walid", "Baghouz" = "Baghuz".
 */
export function matchKey(word: string): string {
  let key = foldChars(word)
    .replace(/ee/g, "i")
    .replace(/o[ou]/g, "u")
    .replace(/([a-z])\1+/g, "$1");
  if (key.length >= 4 && key.endsWith("ah")) key = key.slice(0, -1);
  return key;
}

/** "Abdel", "Abdul", "Abd", "Abdal", "Abdol": one prefix, "servant of". */
const ABD = /^ab[dt](?:[aeiou]l)?$/;
const ABD_JOINED = /^ab[dt][aeiou]l(?=[a-z]{3})/;

/**
 * Keys of one word of a person's or place's name, for telling whether two transliterations
 * name the same one: `matchKey`, then diphthongs and vowels of the usual variants collapsed
 * (ay/ei→e, aw→o, o→u, e→a), and the Abd- prefix split off ("Abdulrahman" → abd, rahman). So
 * "Mohammed" = "Muhammad", "Hussein" = "Husayn", "Hawl" = "Hol", "Abdel" = "Abdul" = "Abd".
 * Coarser than `matchKey`: used to compare names, never to match the lexicon.
 */
export function nameKeys(word: string): string[] {
  const key = matchKey(word);
  if (ABD.test(key)) return ["abd"];
  const joined = ABD_JOINED.exec(key);
  if (joined) return ["abd", ...nameKeys(key.slice(joined[0].length))];
  return [
    key
      .replace(/ay|ei|ey/g, "e")
      .replace(/aw|ou/g, "o")
      .replace(/o/g, "u")
      .replace(/e/g, "a")
      .replace(/([a-z])\1+/g, "$1"),
  ];
}

/** The Arabic article in its assimilated spellings ("as-Sukhnah", "ash-Shaddadi", "el-Hol"). */
const ARTICLE_VARIANTS = new Set(["al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ath", "adh"]);

export function isArabicArticle(norm: string): boolean {
  return ARTICLE_VARIANTS.has(norm);
}

/**
 * Consonant skeleton of a word: its first letter and its consonants. Two spellings of one
 * transliterated surname share it ("al-Aasm" and "Al-Assaam" both give "asm"); used only to
 * merge names already known to be people, never to match the lexicon.
 */
export function skeleton(word: string): string {
  // "Sheikhmous" and "Shexmus": Kurdish Latin script writes with "x" the sound English spells "kh".
  // "al-Masalmeh" and "al-Masalma": a final "-eh" spells the same Arabic ending as "-a", which
  // matchKey already makes of "-ah".
  const key = matchKey(word)
    .replace(/kh/g, "x")
    .replace(/(?<=^.{3,})eh$/, "e");
  if (key.length === 0) return key;
  return key[0] + key.slice(1).replace(/[aeiouwy]/g, "");
}

/** Curly quotes and apostrophes to straight ones, for output that compares with gold text. */
export function straightenQuotes(text: string): string {
  return text.replace(/[“”„‟]/g, '"').replace(/[‘’‚‛ʼ]/g, "'");
}

/**
 * Folded text of the same length as the original, character for character, so a match in
 * it has the offsets of the original words. Characters that fold to nothing or to several
 * become a space.
 */
export function foldSameLength(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  let out = "";
  for (const ch of text) {
    if (ch.charCodeAt(0) < 128) {
      out += ch.toLowerCase();
      continue;
    }
    const f = ch.length === 1 ? foldChars(ch) : "";
    out +=
      f.length === ch.length ? f : ch.length === 1 ? (/['’‘ʼ]/.test(ch) ? ch : " ") : " ".repeat(ch.length);
  }
  return out;
}
