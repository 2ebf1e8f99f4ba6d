import { fold } from "../text/fold.js";

/**
 * Near-duplicate detection for syndicated copies of one story: word shingles of each text, a
 * MinHash signature of them, and locality-sensitive bands to find candidates without comparing
 * against every stored article. A copy is recognised by its overlap with the original (how much
 * of the shorter text the longer one holds), estimated from the two signatures, so an outlet's
 * boilerplate added around a wire story, or a story cut short, still reads as a copy.
 */

/** Words per shingle: long enough that two stories on one topic share few, short enough to survive edits. */
export const SHINGLE_WORDS = 4;
export const PERMUTATIONS = 64;
export const BAND_ROWS = 2;
export const BANDS = PERMUTATIONS / BAND_ROWS;
/** Overlap (estimated share of the smaller text's shingles found in the other) from which two texts are one story. */
export const COPY_OVERLAP = 0.5;

export interface Signature {
  /** PERMUTATIONS minimum hashes, unsigned 32-bit. */
  mins: number[];
  /** How many distinct shingles the text has: what turns resemblance into overlap. */
  shingles: number;
}

/** FNV-1a over the UTF-16 code units, then the murmur3 finaliser for spread. */
function hash32(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix(h);
}

function mix(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Only the first words are shingled: a copy shares its original's opening, news stories run well
 * under this, and a 200 KB text costs no more to sign than a long story.
 */
export const MAX_WORDS = 1500;

/** The distinct word shingles of a text's first MAX_WORDS words, hashed; a text shorter than one shingle is one shingle. */
export function shingleHashes(text: string): Set<number> {
  const words = fold(text.slice(0, MAX_WORDS * 12))
    .split(" ")
    .filter(Boolean)
    .slice(0, MAX_WORDS);
  const out = new Set<number>();
  if (words.length === 0) return out;
  if (words.length < SHINGLE_WORDS) out.add(hash32(words.join(" "), 0));
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    out.add(hash32(words.slice(i, i + SHINGLE_WORDS).join(" "), 0));
  }
  return out;
}

/**
 * PERMUTATIONS hash functions from two (h_i = h1 + i·h2, Kirsch–Mitzenmacher), each mixed, and
 * the minimum of each over the shingles.
 */
export function signatureOf(text: string): Signature {
  const mins = new Array<number>(PERMUTATIONS).fill(0xffffffff);
  const shingles = shingleHashes(text);
  for (const h1 of shingles) {
    const h2 = mix(h1 ^ 0x9e3779b9) | 1;
    for (let i = 0; i < PERMUTATIONS; i++) {
      const v = mix((h1 + Math.imul(i, h2)) >>> 0);
      if (v < (mins[i] as number)) mins[i] = v;
    }
  }
  return { mins, shingles: shingles.size };
}

/** Estimated Jaccard resemblance: the share of permutations whose minimum agrees. */
export function resemblance(a: Signature, b: Signature): number {
  if (a.shingles === 0 || b.shingles === 0) return 0;
  let same = 0;
  for (let i = 0; i < PERMUTATIONS; i++) if (a.mins[i] === b.mins[i]) same++;
  return same / PERMUTATIONS;
}

/**
 * Estimated overlap coefficient |A∩B| / min(|A|,|B|), from the resemblance J and the sizes:
 * |A∩B| = J·(|A|+|B|)/(1+J).
 */
export function overlap(a: Signature, b: Signature): number {
  const j = resemblance(a, b);
  const small = Math.min(a.shingles, b.shingles);
  if (small === 0) return 0;
  return Math.min(1, (j * (a.shingles + b.shingles)) / (1 + j) / small);
}

/**
 * Texts shorter than this many shingles (about 60 words) are never called copies: two short
 * reports of one event by independent outlets often share their few words, and a signature of
 * so few shingles is too coarse to tell.
 */
export const MIN_SHINGLES = 60;

/** Whether two texts are copies of one story (see COPY_OVERLAP); the similarity reported is the overlap. */
export function nearDuplicate(a: Signature, b: Signature): { copy: boolean; similarity: number } {
  const similarity = overlap(a, b);
  const long = a.shingles >= MIN_SHINGLES && b.shingles >= MIN_SHINGLES;
  // Resemblance of at least a fifth keeps a short text from "overlapping" a long one by chance.
  return { copy: long && similarity >= COPY_OVERLAP && resemblance(a, b) >= 0.2, similarity };
}

/** The LSH band keys of a signature: two texts sharing any band are candidates to compare. */
export function bandKeys(sig: Signature): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = b;
    for (let r = 0; r < BAND_ROWS; r++) h = mix((h ^ (sig.mins[b * BAND_ROWS + r] as number)) >>> 0);
    keys.push(`${String(b).padStart(2, "0")}-${h.toString(16).padStart(8, "0")}`);
  }
  return keys;
}
