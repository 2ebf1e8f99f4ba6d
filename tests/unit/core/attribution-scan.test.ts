import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ATTRIBUTION, attributions } from "../../../src/core/themes/conflicts-claims.js";

/** What the plain regex finds: every match, with its place and groups. */
const expected = (text: string) => [...text.matchAll(ATTRIBUTION)].map((m) => [m.index, m[0], m[1], m[2]]);
const scanned = (text: string) => attributions(text).map((m) => [m.index, m[0], m[1], m[2]]);

/** A small random generator with a seed, so a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const WORDS = [
  "the",
  "ministry",
  "said",
  "says,",
  "unsaid",
  "reported",
  "unreported",
  "(according",
  "according",
  "to",
  "officials",
  "he",
  "told",
  "Reuters",
  "“we",
  "denied.",
  "posted",
  "reposted",
  "-",
  "—",
  "a",
  "spokesman",
  "added",
  "that",
  "8,000",
  "fighters",
  "claimed",
  "overstated",
  "attributed",
  "x",
  "accordingly",
  "to,",
];
const SPACES = [" ", " ", " ", "  ", "\n", " \t", "\u00a0"];

describe("the attribution scan", () => {
  it("finds exactly the plain regex's matches, with the same groups, in random text", () => {
    const next = random(58);
    for (let n = 0; n < 4000; n++) {
      const length = 1 + Math.floor(next() * 30);
      let text = next() < 0.2 ? "," : "";
      for (let i = 0; i < length; i++) {
        text += WORDS[Math.floor(next() * WORDS.length)];
        text += SPACES[Math.floor(next() * SPACES.length)];
      }
      if (next() < 0.5) text = text.trimEnd();
      expect(scanned(text), text).toEqual(expected(text));
    }
  });

  it("finds exactly the plain regex's matches in every sentence of the corpus", () => {
    const fixtures = path.resolve(import.meta.dirname, "../../fixtures");
    let sentences = 0;
    let withMatches = 0;
    for (const dir of readdirSync(fixtures).filter((d) => d.startsWith("corpus"))) {
      for (const file of readdirSync(path.join(fixtures, dir)).filter((f) => f.endsWith(".txt"))) {
        const text = readFileSync(path.join(fixtures, dir, file), "utf8");
        for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
          sentences++;
          const want = expected(sentence);
          if (want.length > 0) withMatches++;
          expect(scanned(sentence), sentence).toEqual(want);
        }
      }
    }
    // The corpus is large and quotes many speakers: the comparison is not vacuous.
    expect(sentences).toBeGreaterThan(5000);
    expect(withMatches).toBeGreaterThan(1000);
  });

  it("keeps a match that starts where the one before it ended, inside a word", () => {
    // Seven words fill the first match; the second starts on the comma glued to "said".
    const text = "a b c d e f g said,h i j k l m said";
    expect(scanned(text)).toEqual(expected(text));
    expect(scanned(text).map((m) => m[2])).toEqual(["a b c d e f g ", ",h i j k l m "]);
  });
});
