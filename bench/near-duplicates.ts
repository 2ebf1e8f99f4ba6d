/**
 * Near-duplicate detection on the labelled set (tests/support/near-duplicate-pairs.ts): precision
 * and recall of the copy verdict, and how many true copies the LSH bands make candidates (the
 * index finds only those). Prints a table; writes nothing.
 *
 *   npx tsx bench/near-duplicates.ts
 */
import {
  BANDS,
  bandKeys,
  COPY_OVERLAP,
  nearDuplicate,
  PERMUTATIONS,
  resemblance,
  SHINGLE_WORDS,
  signatureOf,
} from "../src/core/sources/near-duplicates.js";
import { labelledPairs } from "../tests/support/near-duplicate-pairs.js";

const pairs = labelledPairs();
let tp = 0;
let fp = 0;
let fn = 0;
let tn = 0;
let candidates = 0;
const rows: string[] = [];
for (const pair of pairs) {
  const a = signatureOf(pair.a);
  const b = signatureOf(pair.b);
  const verdict = nearDuplicate(a, b);
  const bandsA = new Set(bandKeys(a));
  const candidate = bandKeys(b).some((k) => bandsA.has(k));
  if (pair.copy && candidate) candidates++;
  if (pair.copy && verdict.copy) tp++;
  else if (pair.copy) fn++;
  else if (verdict.copy) fp++;
  else tn++;
  rows.push(
    `| ${pair.copy ? "copy" : "different"} | ${verdict.copy ? "copy" : "different"} | ${verdict.similarity.toFixed(2)} | ${resemblance(a, b).toFixed(2)} | ${candidate ? "yes" : "no"} | ${pair.name} |`,
  );
}
const copies = pairs.filter((p) => p.copy).length;
const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
const recall = tp / copies;

console.log(
  `near-duplicates: ${SHINGLE_WORDS}-word shingles, MinHash ${PERMUTATIONS} permutations, ${BANDS} LSH bands, copy at overlap >= ${COPY_OVERLAP}\n`,
);
console.log("| label | verdict | overlap | resemblance | LSH candidate | pair |\n|---|---|---|---|---|---|");
console.log(rows.join("\n"));
console.log(
  `\npairs ${pairs.length} (${copies} copies, ${pairs.length - copies} different stories on one topic)` +
    `\nTP ${tp} FP ${fp} FN ${fn} TN ${tn}` +
    `\nprecision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  LSH candidate rate for copies ${(candidates / copies).toFixed(3)}`,
);
