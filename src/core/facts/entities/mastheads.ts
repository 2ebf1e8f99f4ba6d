import type { Token } from "../text/tokenize.js";
import { isCommonWord } from "../text/word-classes.js";

/**
 * "AIRWARS" alone on the text's first line, then "Airwars grades the incident as Fair" and
 * "Airwars could not confirm …": the one word a masthead shouts is the name of the body that
 * publishes the text, and the body that spells it with a capital (at a sentence's start too,
 * where a capital says nothing) names that body; so does the first word of a masthead that goes
 * on with the product's or the trade's words ("MISHWAR DRIVER HUB" and "Mishwar will pay ...").
 * A masthead of an ordinary word ("WORLD", "NEWS")
 * names no one: the word must be no common word, spelled with its capital at least twice in the
 * body and never in lower case.
 */
export function mastheadName(tokens: readonly Token[], first: number, last: number): boolean {
  const head = tokens[0];
  if (first !== last || first === 0 || head?.kind !== "word" || !head.upper) return false;
  // "MISHWAR DRIVER HUB", "KAWA NEWS": a masthead may shout the name and then up to two words
  // of the product or the trade; the first word, which the body writes alone, is still the name.
  let end = 0;
  while (end < 2) {
    const w = tokens[end + 1];
    if (w?.kind !== "word" || w.breaks > 0 || !w.upper) break;
    end++;
  }
  const after = tokens[end + 1];
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
