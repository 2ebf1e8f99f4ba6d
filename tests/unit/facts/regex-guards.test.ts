import { describe, expect, it } from "vitest";
import { EVENT_RULES, INSURGENT_ARSON } from "../../../src/core/facts/events/event-rules.js";
import { KEYWORDS } from "../../../src/core/facts/events/tags.js";

/*
 * The speed convention of the event rules and tags (event-rules.ts, its header comment): a
 * lookbehind the engine would try at every position of a sentence is preceded by a lookahead of
 * the words that must follow it. Nothing else checks it, and a rule written later without the
 * guard costs a little more of the 20 ms budget each time without any test noticing; this one does.
 */

/** Index of the ")" closing the group that opens at i. */
function closeOf(src: string, i: number): number {
  let depth = 0;
  let inClass = false;
  for (let j = i; j < src.length; j++) {
    const c = src[j];
    if (c === "\\") {
      j++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") {
      inClass = true;
      continue;
    }
    if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return j;
  }
  return -1;
}

type State = "free" | "guarded" | "inside";
/**
 * Lookbehinds the engine would try at every position of a sentence: reached from the pattern's start
 * through alternatives, group openings, word boundaries and optional groups, with no lookahead guard
 * before them.
 */
function unguarded(
  src: string,
  from = 0,
  to = src.length,
  out: number[] = [],
  start: State = "free",
): number[] {
  let state: State = start;
  let i = from;
  while (i < to) {
    const c = src[i];
    if (c === "\\") {
      if (src[i + 1] !== "b" && src[i + 1] !== "B") state = "inside";
      i += 2;
      continue;
    }
    if (c === "[") {
      i = closeClass(src, i) + 1;
      state = "inside";
      continue;
    }
    if (c === "|") {
      state = start;
      i++;
      continue;
    }
    if (c === "(") {
      const end = closeOf(src, i);
      const optional = /^[?*]|^\{0,/.test(src.slice(end + 1, end + 4));
      if (src.startsWith("(?<=", i) || src.startsWith("(?<!", i)) {
        if (state === "free") out.push(i);
      } else if (src.startsWith("(?=", i)) {
        unguarded(src, i + 3, end, out, state);
        if (state === "free") state = "guarded";
      } else if (src.startsWith("(?!", i)) {
        unguarded(src, i + 3, end, out, state);
      } else {
        const inner = src.startsWith("(?:", i)
          ? i + 3
          : src.startsWith("(?<", i)
            ? src.indexOf(">", i) + 1
            : i + 1;
        unguarded(src, inner, end, out, state);
        if (!optional) state = "inside";
      }
      i = end + 1 + (/^(?:[?*+]|\{\d*,?\d*\})\??/.exec(src.slice(end + 1))?.[0].length ?? 0);
      continue;
    }
    if (c === "^") {
      i++;
      state = state === "free" ? "inside" : state;
      continue;
    }
    state = "inside";
    i++;
  }
  return out;
}
function closeClass(src: string, i: number): number {
  for (let j = i + 1; j < src.length; j++) {
    if (src[j] === "\\") {
      j++;
      continue;
    }
    if (src[j] === "]") return j;
  }
  return src.length;
}

describe("the scanner", () => {
  it("flags a lookbehind that opens the pattern or one of its alternatives", () => {
    expect(unguarded(String.raw`(?<=\bmilitants )gathering`)).toEqual([0]);
    expect(unguarded(String.raw`massing|(?<!\bno )gathering`)).toEqual([8]);
    expect(unguarded(String.raw`\b(?:massing|(?<=\bmen )gathering)`)).toHaveLength(1);
    expect(unguarded("(?:new )?(?<!sea )walls?")).toHaveLength(1);
  });
  it("passes a guarded lookbehind, one after consumed text, and one inside another lookbehind", () => {
    expect(unguarded(String.raw`(?=gathering)(?<=\bmilitants )gathering`)).toEqual([]);
    expect(unguarded("(?=gather|mass)(?:(?<=men )gathering|massing)")).toEqual([]);
    expect(unguarded(String.raw`militants (?<=\bthe militants )gathering`)).toEqual([]);
    expect(unguarded("wall(?<=(?<!sea )wall)")).toEqual([]);
    expect(unguarded("[a-z](?<=x)")).toEqual([]);
  });
});

describe("the event rules and tags", () => {
  const patterns: [string, RegExp][] = [];
  for (const rule of [...EVENT_RULES, INSURGENT_ARSON]) {
    patterns.push([`${rule.id} trigger`, rule.trigger]);
    if (rule.context) patterns.push([`${rule.id} context`, rule.context]);
    if (rule.unless) patterns.push([`${rule.id} unless`, rule.unless]);
  }
  for (const [tag, re] of KEYWORDS) patterns.push([`tag ${tag}`, re]);

  it("guard every lookbehind that opens an alternative with a lookahead of what follows", () => {
    const bare = patterns.flatMap(([name, re]) =>
      unguarded(re.source).map((at) => `${name}: ${re.source.slice(at, at + 80)}`),
    );
    expect(patterns.length).toBeGreaterThan(150);
    expect(bare).toEqual([]);
  });
});
