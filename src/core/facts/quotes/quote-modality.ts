import type { Token } from "../text/tokenize.js";

/**
 * Whether a quote asserts, hedges or denies: a denial verb ("denied that", "rejected claims
 * that") makes it negated; a hedge in its words ("could", "may", "might", "would", "risk of",
 * "threatens to", "possibly") makes it hypothetical; a negation opening its clause ("there
 * had been no incursion", "we did not", "never") makes it negated. The briefing takes the
 * quote's modality from here instead of reading the words again.
 */

export type QuoteModality = "asserted" | "hypothetical" | "negated";

const DENIAL_VERBS = new Set([
  "denied",
  "denies",
  "deny",
  "denying",
  "rejected",
  "rejects",
  "rejecting",
  "dismissed",
  "dismisses",
  "dismissing",
  "refuted",
  "refutes",
  "contradicted",
  "contradicts",
]);
/** Whether a token is a verb of denial ("denied", "rejects"), which negates what it reports. */
export const isDenialVerb = (t: Token | undefined) => t !== undefined && DENIAL_VERBS.has(t.norm);
const HEDGES = new Set([
  "could",
  "may",
  "might",
  "would",
  "possibly",
  "possible",
  "potentially",
  "potential",
  "perhaps",
  "likely",
  "unlikely",
]);
/** Two-word hedges: "risk of", "threatens to", "danger of", "fear that". */
const HEDGE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["risk", "of"],
  ["risks", "of"],
  ["threatens", "to"],
  ["threaten", "to"],
  ["threatened", "to"],
  ["threatening", "to"],
  ["danger", "of"],
  ["if", ""],
  ["unless", ""],
];
const NEGATIONS = new Set([
  "no",
  "not",
  "never",
  "none",
  "nobody",
  "nothing",
  "neither",
  "nor",
  "n't",
  "cannot",
]);
/** A negation this close to the start of the quote's first clause governs it. */
const NEGATION_REACH = 6;

export function quoteModality(
  tokens: readonly Token[],
  first: number,
  last: number,
  verb: number,
): QuoteModality {
  if (verb >= 0 && DENIAL_VERBS.has(tokens[verb]?.norm ?? "")) return "negated";
  let words = 0;
  let negated = false;
  let clauseOpen = true;
  for (let k = first; k <= last; k++) {
    const t = tokens[k] as Token;
    if (t.kind === "punct") {
      if ([",", ";", ":", "—", "–"].includes(t.text)) clauseOpen = false;
      continue;
    }
    words++;
    const n = t.norm;
    if (HEDGES.has(n)) return "hypothetical";
    for (const [a, b] of HEDGE_PAIRS)
      if (n === a && (b === "" || tokens[k + 1]?.norm === b)) return "hypothetical";
    if (clauseOpen && words <= NEGATION_REACH && (NEGATIONS.has(n) || /n['’]t$/i.test(t.text)))
      negated = true;
  }
  return negated ? "negated" : "asserted";
}
