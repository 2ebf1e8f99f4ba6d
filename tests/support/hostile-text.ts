import { MAX_ARTICLE_TEXT_BYTES } from "../../src/core/articles/article.js";

/**
 * Hostile article texts, each as large as an article may be (MAX_ARTICLE_TEXT_BYTES of UTF-8),
 * shaped to find work that grows faster than the input: one endless sentence, runs of titles
 * whose periods end no sentence, one 200 KB word, thousands of names, quotes, numbers and dates,
 * "said" clauses, blank lines, Arabic, emoji and combining marks, random code points.
 *
 * Every generator is deterministic and takes an optional byte budget (for smaller runs). The
 * texts are valid article input (no control characters but newlines and tabs).
 */

export type HostileGenerator = (maxBytes?: number) => string;

const utf8Length = (s: string) => Buffer.byteLength(s, "utf8");

/**
 * Pieces from `next(i)` joined until the next would pass `maxBytes`, then `end` if it fits.
 * Pieces are whole, so no multi-byte character or surrogate pair is ever cut.
 */
export function fill(next: (i: number) => string, maxBytes = MAX_ARTICLE_TEXT_BYTES, end = ""): string {
  const budget = maxBytes - utf8Length(end);
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; ; i++) {
    const piece = next(i);
    const size = utf8Length(piece);
    if (size === 0 || bytes + size > budget) break;
    parts.push(piece);
    bytes += size;
  }
  return parts.join("") + (bytes + utf8Length(end) <= maxBytes ? end : "");
}

/** A small deterministic generator (mulberry32), so every run builds the same text. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(items: readonly T[], i: number): T => items[i % items.length] as T;

const GIVEN = ["Ahmed", "Omar", "Khalid", "Mahmoud", "Layla", "Hassan", "Yusuf", "Samir", "Nour", "Faisal"];
const FAMILY = ["Khalil", "Nasser", "Haddad", "Mansour", "Al-Hassan", "Jaber", "Saleh", "Qasim", "Darwish"];
const SYLLABLES = ["ka", "ri", "mu", "sa", "lo", "ven", "dar", "tim", "ho", "zeb", "qui", "far", "nel"];
const PLACES = ["Hasakah", "Raqqa", "Deir ez-Zor", "Qamishli", "Shaddadi", "Mosul", "Baghdad", "Al-Hol"];
const MONTHS = ["January", "March", "May", "July", "September", "November", "Feb.", "Aug."];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** A distinct made-up capitalised word for each i ("Karimu", "Venlosa"...). */
function madeUpName(i: number): string {
  let n = i;
  let word = "";
  do {
    word += pick(SYLLABLES, n);
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  word += pick(SYLLABLES, i * 7 + 3);
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** One sentence of ~200 KB: a clause repeated with "and" and never a full stop until the end. */
export const longSentence: HostileGenerator = (max) =>
  fill(() => "The fighters from the camp near Hasakah attacked the prison guards and ", max, "fled.");

/** "Mr. Dr. Gen. Col. ...": periods that end abbreviations, never a sentence. */
export const titleRun: HostileGenerator = (max) =>
  fill(
    (i) => `${pick(["Mr.", "Dr.", "Gen.", "Col.", "Lt.", "Sgt.", "St.", "No.", "Jan.", "U.S."], i)} `,
    max,
  );

/** Initials: "A. B. C. ...", each a capital and a period, so one sentence. */
export const initialsRun: HostileGenerator = (max) =>
  fill((i) => `${String.fromCharCode(65 + (i % 26))}. `, max);

/** No space at all: one word of ~200 KB. */
export const noSpaces: HostileGenerator = (max) => fill((i) => pick(["Hasakah", "prison", "attack"], i), max);

/** One ~200 KB hyphenated word ("al-Hol-al-Hol-..."): joiners the name finder follows. */
export const hyphenChain: HostileGenerator = (max) =>
  fill((i) => (i === 0 ? "al" : `-${pick(PLACES, i)}`), max);

/** Thousands of distinct capitalised names in ordinary sentences. */
export const manyNames: HostileGenerator = (max) =>
  fill(
    (i) =>
      `${pick(GIVEN, i)} ${madeUpName(i)} met ${pick(GIVEN, i + 3)} ${madeUpName(i + 50_000)} of the ${madeUpName(i + 90_000)} Brigade in ${pick(PLACES, i)}. `,
    max,
  );

/** Thousands of capitalised names in one comma-separated list: one sentence. */
export const nameList: HostileGenerator = (max) =>
  fill((i) => `${pick(GIVEN, i)} ${madeUpName(i)} ${pick(FAMILY, i)}, `, max, "and others.");

/** Thousands of quotations, closed, attributed before and after. */
export const quotes: HostileGenerator = (max) =>
  fill(
    (i) =>
      i % 2 === 0
        ? `“We will not leave ${pick(PLACES, i)},” said ${pick(GIVEN, i)} ${pick(FAMILY, i)}, a commander. `
        : `${pick(GIVEN, i)} ${pick(FAMILY, i)} said: "The guards fled and ${i} detainees escaped." `,
    max,
  );

/** Thousands of quotation marks that open and never close. */
export const unclosedQuotes: HostileGenerator = (max) =>
  fill((i) => `“We will fight in ${pick(PLACES, i)}, said ${pick(GIVEN, i)} ${pick(FAMILY, i)}. `, max);

/** Quotations inside quotations, straight and curly, double and single. */
export const nestedQuotes: HostileGenerator = (max) =>
  fill(
    (i) =>
      `"He told me 'they said “we will ‘never’ leave ${pick(PLACES, i)}” to us' yesterday," ${pick(GIVEN, i)} said. `,
    max,
  );

/** British single quotes, with plural possessives ("the fighters' families") among them. */
export const britishQuotes: HostileGenerator = (max) =>
  fill(
    (i) =>
      `'The fighters' families in ${pick(PLACES, i)} are safe,' the minister said. 'We will ‘hold’ the line,' ${pick(GIVEN, i)} ${pick(FAMILY, i)} told reporters. `,
    max,
  );

/** Only opening quotation marks, of every kind, all in one sentence. */
export const quoteMarks: HostileGenerator = (max) =>
  fill((i) => `${pick(["“", '"', "'", "‘", "«"], i)}word${i % 10} `, max, ".");

/** Thousands of numbers, quantities and dates in ordinary sentences. */
export const numbers: HostileGenerator = (max) =>
  fill(
    (i) =>
      `On ${pick(DAYS, i)}, ${pick(MONTHS, i)} ${(i % 28) + 1}, ${2000 + (i % 26)}, ${(i % 9) + 1},${String(i % 1000).padStart(3, "0")} fighters and ${i % 97} civilians were killed ${i % 50} km from ${pick(PLACES, i)}, at least ${i % 13} of them children. `,
    max,
  );

/** The same numbers and dates in one sentence that never ends. */
export const numberSentence: HostileGenerator = (max) =>
  fill(
    (i) =>
      `on ${pick(DAYS, i)}, ${pick(MONTHS, i)} ${(i % 28) + 1}, ${2000 + (i % 26)}, ${(i % 9) + 1},200 fighters, ${i % 97} dead, ${i}% and $${i} million, `,
    max,
    "in all.",
  );

/** "said" clauses repeated: every one a possible attribution. */
export const saidClauses: HostileGenerator = (max) =>
  fill(
    (i) => `${pick(GIVEN, i)} ${pick(FAMILY, i)} said the official said the commander told reporters that `,
    max,
    "the prison fell.",
  );

/** Many newlines and blank paragraphs, with short lines, bullets and lone punctuation. */
export const blankLines: HostileGenerator = (max) =>
  fill((i) => pick(["\n\n\n", "Line.\n\n", " \n \n", "- \n", "•\n", "\t\n", "Hasakah\n", ".\n"], i), max);

/** Arabic text with no Latin full stop: one long sentence. */
export const arabic: HostileGenerator = (max) =>
  fill(
    (i) =>
      `${pick(["قال المتحدث باسم قوات سوريا الديمقراطية", "هاجم مقاتلو تنظيم الدولة سجن غويران في الحسكة", "وأفاد المرصد السوري لحقوق الإنسان بمقتل ١٢٠٠ شخص", "«لن نترك المخيم» قال القائد،"], i)} `,
    max,
  );

/** Emoji (with skin tones and joiners), flags, combining marks stacked on letters. */
export const emojiAndMarks: HostileGenerator = (max) =>
  fill(
    (i) =>
      `${pick(["👍🏽", "👨‍👩‍👧‍👦", "🇸🇾", "Z̴̡͎̈́a̷̛l̸̰̈g̶̗o̵͔", "é", "Hasakah\u0301\u0302\u0303", "🔥🔥🔥"], i)}${i % 3 === 0 ? " " : ""}`,
    max,
  );

/** Random code points from the first three planes (no controls but newline, no lone surrogates, no U+FFFD). */
export const randomUnicode: HostileGenerator = (max) => {
  const random = seeded(11);
  return fill(() => {
    const r = random();
    if (r < 0.08) return " ";
    if (r < 0.1) return "\n";
    if (r < 0.2) return String.fromCharCode(33 + Math.floor(random() * 94));
    for (;;) {
      const cp = Math.floor(random() * 0x30000);
      if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0xd800 && cp < 0xe000) || cp === 0xfffd) continue;
      return String.fromCodePoint(cp);
    }
  }, max);
};

/** Punctuation only, no spaces: every character a token ("-.,;!?…"). */
export const punctuationRun: HostileGenerator = (max) =>
  fill((i) => pick(["-", ".", ",", ";", "!", "?", "(", ")", "—", "…", "*", "|"], i * 7), max);

/** Dotted letters with no space ("a.b.c.…"), ending in a letter: an acronym that never ends. */
export const dottedRun: HostileGenerator = (max) =>
  fill((i) => `${String.fromCharCode(97 + (i % 26))}.`, (max ?? MAX_ARTICLE_TEXT_BYTES) - 1, "x");

/** A head of lines that look like metadata: a date, then runs of spaces and dashes, a shouted dateline. */
export const headerLines: HostileGenerator = (max) => {
  const budget = max ?? MAX_ARTICLE_TEXT_BYTES;
  const line = (fillWith: string) => fill(() => fillWith, Math.floor(budget / 4) - 30);
  return `19 February 2025${line(" ")}x\nHASAKAH${line(" ")}x\n19 February 2025 ${line(" -")}x\nBEIRUT${line("-")}x`;
};

/** Every named hostile generator, for suites that run them all. */
export const HOSTILE_GENERATORS: Readonly<Record<string, HostileGenerator>> = {
  longSentence,
  titleRun,
  initialsRun,
  noSpaces,
  hyphenChain,
  manyNames,
  nameList,
  quotes,
  unclosedQuotes,
  nestedQuotes,
  britishQuotes,
  quoteMarks,
  numbers,
  numberSentence,
  saidClauses,
  blankLines,
  arabic,
  emojiAndMarks,
  randomUnicode,
  punctuationRun,
  dottedRun,
  headerLines,
};
