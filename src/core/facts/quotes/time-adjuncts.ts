import type { Token } from "../text/tokenize.js";

/**
 * A time written between a speaker and the speech verb or between the verb and what is said:
 * "the army on Wednesday said", "said late on Sunday that", "said the following day that",
 * "officials said last week they ...". Bounded scans of a few tokens each way.
 */

const WEEKDAYS = new Set("monday tuesday wednesday thursday friday saturday sunday".split(" "));
const MONTHS = new Set(
  "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split(
    " ",
  ),
);
const PERIODS = new Set(
  "day days week weeks month months year years weekend night morning evening afternoon".split(" "),
);
/** A time word alone: "said yesterday that". */
const ALONE = new Set("yesterday today tonight earlier later recently overnight".split(" "));
/** "later" and "earlier", whose "that" opens the period they are reckoned from ("later that day"). */
const RELATIVE_TO = new Set(["later", "earlier"]);
/** Words that may open a time phrase ("on", "late on", "earlier this", "the following"). */
const OPENERS = new Set("on in last this next late early earlier following previous same".split(" "));
/** "the following day", "the same week": "the" opens a time only before these. */
const ORDINAL = new Set(["following", "previous", "same", "next"]);
const opens = (tokens: readonly Token[], j: number) =>
  OPENERS.has(tokens[j]?.norm ?? "") || (tokens[j]?.norm === "the" && ORDINAL.has(tokens[j + 1]?.norm ?? ""));
const REACH = 6;

const isTimeWord = (t: Token | undefined) =>
  t !== undefined && (WEEKDAYS.has(t.norm) || MONTHS.has(t.norm) || PERIODS.has(t.norm));
/**
 * The first token after a time phrase opening a clause at `from` without a comma ("Later the
 * president", "Last week the ministry"), or `from` when none does. A phrase read from "that"
 * ("evening the president" in "Later that evening the president") is read from its "later".
 * A bare weekday or month is not taken ("Sunday Times reporters"), nor a "later" that describes
 * the noun after it ("Later arrivals said").
 */
export function afterOpeningTime(tokens: readonly Token[], from: number, end: number): number {
  let k = from;
  if (tokens[k - 1]?.norm === "that" && RELATIVE_TO.has(tokens[k - 2]?.norm ?? "")) k -= 2;
  const t = tokens[k];
  if (t?.kind !== "word" || !(ALONE.has(t.norm) || OPENERS.has(t.norm))) return from;
  let after = timeAfter(tokens, k, end);
  // "Earlier this week", "later on Sunday": a time word and the period after it.
  if (after === k + 1 && ALONE.has(t.norm)) after = timeAfter(tokens, after, end);
  // "Later arrivals said": "later" describing the noun after it is no time of the clause; the
  // subject after a time opens with a determiner or a name.
  const next = tokens[after];
  const opensSubject = next?.kind === "word" && (next.cap || SUBJECT_OPENERS.has(next.norm));
  return after > from && opensSubject ? after : from;
}

/** Words a subject may open with after a fronted time: "Later the president", "Later that day a farmer". */
const SUBJECT_OPENERS = new Set("the a an one his her its their our".split(" "));
/** A month's name: "January", "Sept". */
export const isMonth = (t: Token | undefined) => t !== undefined && t.kind === "word" && MONTHS.has(t.norm);
/** A day of the month ("17 February", "March 3"), an hour is not. */
const isDayNumber = (t: Token | undefined) => t?.kind === "num" && /^\d{1,2}$/.test(t.text);

/** First token of a time phrase ending at token k, or -1 ("on Wednesday", "last month"). */
export function timeBefore(tokens: readonly Token[], k: number, start: number): number {
  const t = tokens[k];
  if (!t || t.kind === "punct") return -1;
  if (ALONE.has(t.norm)) return k;
  let j = k;
  let timed = false;
  while (j >= start && k - j < REACH && (isTimeWord(tokens[j]) || isDayNumber(tokens[j]))) {
    timed ||= isTimeWord(tokens[j]);
    j--;
  }
  if (!timed) return -1;
  let opened = false;
  while (j >= start && k - j < REACH && opens(tokens, j)) {
    opened = true;
    j--;
  }
  // "Wednesday" alone after a name is a time too ("The ministry Wednesday said").
  return opened || WEEKDAYS.has(tokens[j + 1]?.norm ?? "") ? j + 1 : -1;
}

/** Token after a time phrase starting at token k, or k when none starts there. */
export function timeAfter(tokens: readonly Token[], k: number, end: number): number {
  if (ALONE.has(tokens[k]?.norm ?? "")) {
    // "Later that evening", "earlier that day": the demonstrative's period belongs to the time.
    if (!RELATIVE_TO.has(tokens[k]?.norm ?? "") || tokens[k + 1]?.norm !== "that") return k + 1;
    let j = k + 2;
    while (j < end && j - k < REACH && isTimeWord(tokens[j])) j++;
    return j > k + 2 ? j : k + 1;
  }
  let j = k;
  while (j < end && j - k < REACH && opens(tokens, j)) j++;
  const opened = j > k;
  let timed = false;
  while (j < end && j - k < REACH && (isTimeWord(tokens[j]) || isDayNumber(tokens[j]))) {
    timed ||= isTimeWord(tokens[j]);
    j++;
  }
  return timed && (opened || WEEKDAYS.has(tokens[k]?.norm ?? "")) ? j : k;
}
