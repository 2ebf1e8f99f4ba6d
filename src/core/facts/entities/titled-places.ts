import type { Token } from "../text/tokenize.js";

/** Prepositions of where something happened: "near", "at", "in". */
const LOCATIVES = new Set(["near", "at", "in"]);

/** Nouns of a settlement whose name follows "of": "the village of", "the town of". */
const SETTLEMENT_NOUNS = new Set(["village", "villages", "town", "hamlet", "settlement", "township"]);

/**
 * "near the village of Imam Kharaba", "an IED near Sheikh Hilal": villages are often named after a
 * shrine's saint or a pilgrim ("Imam", "Sheikh", "Hajj"), so a title opening a name right after
 * "near", "at" or "in", or after "the village of", is the first word of a place's name, not a person's title
 * ("said Sheikh Hilal", "met Imam Hassan" keep the title apart). `first` is the title's token.
 */
export function titledPlace(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  if (before?.kind !== "word" || before.sentence !== tokens[first]?.sentence) return false;
  if (LOCATIVES.has(before.norm) && !before.cap) return !possessed(tokens, first);
  const noun = tokens[first - 2];
  return before.norm === "of" && noun?.kind === "word" && !noun.cap && SETTLEMENT_NOUNS.has(noun.norm);
}

/** "near Sheikh Ali's house": a person's possessive after the name is a place of theirs, not the name of one. */
function possessed(tokens: readonly Token[], first: number): boolean {
  for (let k = first + 1; k <= first + 4; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== tokens[first]?.sentence) return false;
    if (t.kind === "poss") return true;
    if (t.kind !== "word" || !t.cap) return false;
  }
  return false;
}
