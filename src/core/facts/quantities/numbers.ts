import type { Token } from "../text/tokenize.js";

/** Numbers written in figures or words ("3,500", "1.4 million", "two", "a dozen"). */

export const WORD_VALUES: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};
const SHORT_SPANS = new Set(["hour", "minute"]);
const MULTIPLIERS: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

export interface NumberMatch {
  value: number;
  /** Token range [first, last] of the number itself. */
  first: number;
  last: number;
}

/** The number starting at token i, if any. */
export function numberAt(tokens: readonly Token[], i: number): NumberMatch | null {
  const t = tokens[i];
  if (!t) return null;
  let value: number;
  let last = i;
  if (t.kind === "num") {
    value = Number(t.text.replace(/,/g, ""));
  } else if ((t.norm === "an" || t.norm === "a") && SHORT_SPANS.has(tokens[i + 1]?.norm ?? "")) {
    // "about an hour": one, as much as "two hours" is two.
    value = 1;
  } else if (t.kind === "word" && WORD_VALUES[t.norm] !== undefined) {
    value = WORD_VALUES[t.norm] as number;
    if (t.norm === "dozen" && tokens[i - 1]?.norm !== "a") return null;
    // "two dozen", "twenty-five".
    const next = tokens[i + 1];
    if (next?.norm === "dozen") {
      value *= 12;
      last = i + 1;
    } else if (next?.text === "-" && WORD_VALUES[tokens[i + 2]?.norm ?? ""] !== undefined && value >= 20) {
      value += WORD_VALUES[tokens[i + 2]?.norm ?? ""] ?? 0;
      last = i + 2;
    }
  } else {
    return null;
  }
  if (!Number.isFinite(value)) return null;
  const multiplier = MULTIPLIERS[tokens[last + 1]?.norm ?? ""];
  if (multiplier) {
    value *= multiplier;
    last++;
  }
  return { value: Math.round(value * 1e6) / 1e6, first: i, last };
}
