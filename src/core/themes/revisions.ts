/**
 * How an article says a figure was revised or corrected, in one place. Each reading serves one step
 * and they differ on purpose: a step that drops a figure wants the revision's own words, one that
 * only declines to set two figures against each other may take looser ones. The analytic
 * convention's rule 14: a figure corrected by the outlet that first told it is a revision, not a
 * conflict; the corrected figure counts, the first telling does not.
 */

/** "the", "its", "their", "our": whose figure it is. */
const WHOSE = "(?:the|its|their|our)";
/** The figure told before: "first", "earlier", "initial" ... */
const EARLIER = "(?:first|earlier|initial|original|previous|preliminary)";
/** The words for a figure: "figure", "number", "count", "total", "tally". */
const TALLY = "(?:figure|number|count|total|tally)";
/** The same, with "toll". */
const TALLY_OR_TOLL = "(?:figure|number|count|total|tally|toll)";
/** The same, with "estimate" and "toll". */
const ESTIMATE_OR_TOLL = "(?:figure|number|count|estimate|total|tally|toll)";
/** The same, with "estimate". */
const TALLY_OR_ESTIMATE = "(?:figure|number|count|estimate|total|tally)";

/**
 * The evidence step (assess.ts): a sentence that says the figure told before it was wrong or has
 * been replaced: "the first figure had been an estimate", "corrected the figure", "the correct
 * figure is 412", "should read 1,400", "14, not 40 as stated this morning", "not 21 as first
 * published". The first telling then leaves the factor the revision is cited under.
 */
export const REVISES_FIRST = new RegExp(
  [
    String.raw`\b${WHOSE}\s+${EARLIER}\s+${ESTIMATE_OR_TOLL}\s+(?:had been|was|is|has been)\b`,
    String.raw`\b(?:corrected|revised|amended)\s+(?:the|its|their|our|that|this)\s+${TALLY_OR_TOLL}\b`,
    String.raw`\bthe\s+(?:correct|right|corrected|revised|real|true)\s+${TALLY_OR_TOLL}\s+(?:is|was|stands at)\b`,
    String.raw`\bshould\s+(?:read|have read|have said)\b`,
    String.raw`\bnot\s+[\d,.]+(?:\s+(?:million|thousand))?\s+as\s+(?:first|originally|initially|earlier|previously)?\s*(?:stated|reported|given|published|said|announced)\b`,
  ].join("|"),
  "i",
);

/** A figure told in digits, with its scale word: "4.2 million", "1,400". */
const NUMBER_TOLD = /\d[\d,.]*(?:\s+(?:million|thousand|billion))?/g;

/**
 * Whether `earlier` tells the figure `revision` replaces: one of the figures the revision names
 * ("An earlier version said 12 million ... the correct figure is 1.2 million"), or, when it names
 * only its own ("a count had found 2.6 million pills, and the first figure had been an estimate"),
 * a figure of the same thing (the word after the number).
 */
export function revisedIn(earlier: string, revision: string): boolean {
  const told = (t: string) => [...t.matchAll(NUMBER_TOLD)].map((m) => m[0].replace(/[.,]$/, ""));
  const named = told(revision);
  if (named.length >= 2) return told(earlier).some((n) => named.includes(n));
  const thing = /\d[\d,.]*(?:\s+(?:million|thousand|billion))?\s+([a-z]{3,})/i.exec(revision)?.[1];
  return (
    thing !== undefined &&
    new RegExp(
      String.raw`\d[\d,.]*(?:\s+(?:million|thousand|billion))?\s+(?:[\w-]+\s+)?${thing}\b`,
      "i",
    ).test(earlier)
  );
}

/**
 * The claims' reading (conflicts-claims.ts): a sentence marked as a correction ("Correction:",
 * "an earlier version", "should have said"), which is no second account of what it corrects.
 */
export const CORRECTION_NOTICE = /\b(?:correction|an earlier version|should have (?:said|read))\b/i;

/**
 * The claims' reading: a figure given as replacing an earlier one: "the first figure had been an
 * estimate", "the initial count was wrong", "revised its earlier figure", "corrected the initial
 * total". Such a figure is its teller's revision, and it is of the event the first one counted.
 */
export const REVISES_EARLIER = new RegExp(
  [
    String.raw`\b${WHOSE}\s+${EARLIER}\s+${TALLY_OR_ESTIMATE}\s+(?:had been|was|is|has been)\s+(?:only\s+|just\s+|merely\s+)?(?:an?\s+)?(?:rough\s+|initial\s+|early\s+)?(?:estimate|guess|approximation|overestimate|underestimate|error|mistake|wrong|mistaken|inaccurate|incorrect|too (?:high|low)|overstated|understated|inflated)\b`,
    String.raw`\b(?:revised|corrected|amended|updated)\s+${WHOSE}\s+${EARLIER}\s+${TALLY_OR_ESTIMATE}\b`,
  ].join("|"),
  "i",
);

/**
 * The conflicts' reading (conflicts.ts): a figure revised later in the same article ("UPDATE 1: the
 * toll has risen to nine", "revising the toll upward") is that source's earlier figure, not a second
 * account: the latest stands.
 */
export const REVISES_LATER =
  /\b(?:UPDATE\b|revis(?:ed|es|ing)\b|(?:has |have |had )?(?:risen|rose|climbed|increased|jumped) to\b|final (?:toll|figure|count)\b|raising the (?:toll|figure|count)\b|correct(?:ed|s|ing) (?:the |its |our |their )?(?:toll|figure|count|number)\b)/;

/**
 * The conflicts' reading of who revises: a figure given as the correct one, in a correction's words
 * ("the correct figure is 640"), or by the body that "corrected the figure, saying that 164 families
 * ... had arrived".
 */
export const CORRECT_FIGURE = new RegExp(
  [
    String.raw`\bthe\s+(?:correct|corrected|accurate)\s+${TALLY}\s+(?:is|was|stands at)\b`,
    String.raw`\b(?:corrected|amended)\s+(?:the|its)\s+${TALLY},?\s+(?:saying|stating|announcing)\s+that\b`,
  ].join("|"),
  "i",
);

/**
 * A revision's words for the figure it replaces: "the first figure had been an estimate", "the
 * initial count was provisional", "the earlier total was wrong". The word (group 1) says what the
 * first was.
 */
export const FIRST_FIGURE_WAS = new RegExp(
  String.raw`\b${WHOSE}\s+${EARLIER}\s+${TALLY_OR_TOLL}\s+(?:had\s+been|has\s+been|was|is)\s+(?:only\s+)?(?:an?\s+)?(?:rough\s+)?(estimate|preliminary|provisional|approximate|approximation|wrong|incorrect|inaccurate|mistaken|an?\s+error|error)\b`,
  "i",
);

/**
 * The reports' reading (reports.ts): a figure corrected by its own source, told again with the
 * right figure: "Notice of errata: the figure of 2,400 in the memorandum should read 1,400",
 * "correction, the number of rifles was 38, not 83".
 */
export const CORRECTS_FIGURE =
  /\b(?:should (?:read|have read|have been|be)|(?:the )?correct(?:ed)? (?:figure|number|total|count) (?:is|was|being)|corrections?\b|errat(?:um|a)\b|\d[\d,.]*,? not \d)/i;
