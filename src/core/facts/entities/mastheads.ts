import type { Token } from "../text/tokenize.js";
import { isCommonWord } from "../text/word-classes.js";

/**
 * "AIRWARS" alone on the text's first line, then "Airwars grades the incident as Fair" and
 * "Airwars could not confirm …": the one word a masthead shouts is the name of the body that
 * publishes the text, and the body that spells it with a capital (at a sentence's start too,
 * where a capital says nothing) names that body. A masthead of an ordinary word ("WORLD", "NEWS")
 * names no one: the word must be no common word, spelled with its capital at least twice in the
 * body and never in lower case.
 */
export function mastheadName(tokens: readonly Token[], first: number, last: number): boolean {
  const head = tokens[0];
  const after = tokens[1];
  if (first !== last || first === 0 || head?.kind !== "word" || !head.upper) return false;
  if (after !== undefined && after.breaks === 0) return false;
  const t = tokens[first];
  if (t?.kind !== "word" || !t.cap || t.norm !== head.norm || head.norm.length < 4 || isCommonWord(head.norm))
    return false;
  let capitalised = 0;
  for (let k = 1; k < tokens.length; k++) {
    const w = tokens[k] as Token;
    if (w.kind !== "word" || w.norm !== head.norm) continue;
    if (!w.cap) return false;
    if (!w.upper) capitalised++;
  }
  return capitalised >= 2;
}
