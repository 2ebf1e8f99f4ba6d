import { describe, expect, it } from "vitest";
import { mightMatch } from "../../../src/core/facts/text/prefilter.js";

/*
 * The prefilter reads a pattern's whole condition, not one set of literals: a branch of an
 * alternation needs all the words of its sequence, so a sentence with one of them only is skipped.
 * It must still never skip a sentence the pattern matches.
 */

describe("a pattern's condition, branch by branch", () => {
  const thin = /\b(?:(?:spread|stretched) (?:too |very )?thin|manned by only a (?:few|handful))\b/gi;

  it("skips a sentence with a word of a branch but not the rest of it", () => {
    expect(mightMatch(thin, "Reinforcements were stretched along the canal road.")).toBe(false);
    expect(mightMatch(thin, "The outpost was manned by volunteers.")).toBe(false);
  });

  it("lets through a sentence that holds a whole branch", () => {
    expect(mightMatch(thin, "Patrols on the canal road are STRETCHED very thin.")).toBe(true);
    expect(mightMatch(thin, "The outpost was manned by only a handful of volunteers.")).toBe(true);
  });

  it("needs a lookahead's words as well as the match's", () => {
    const crossed = /\bsmugglers (?:[\w'-]+ ){0,2}?(?:crossed|forded)\b(?=[^.]{0,30}\briver\b)/gi;
    expect(mightMatch(crossed, "Smugglers crossed the desert at night.")).toBe(false);
    expect(mightMatch(crossed, "Smugglers quietly crossed the river at night.")).toBe(true);
  });

  it("asks nothing of an optional or negated part", () => {
    const re = /\bconvoys? (?:of (?:fuel|grain) )?(?!was )(?:halted|turned back)\b/gi;
    expect(mightMatch(re, "A convoy halted at the bridge.")).toBe(true);
    expect(mightMatch(re, "Two convoys of fuel turned back at the bridge.")).toBe(true);
    expect(mightMatch(re, "A convoy of grain reached the bridge.")).toBe(false);
  });
});

describe("the condition never skips a match", () => {
  // Sentences drawn from the patterns' own words and others: whenever the pattern matches one,
  // the prefilter must let it through.
  const patterns = [
    /\b(?:(?:spread|stretched) (?:too |very )?thin|manned by only a (?:few|handful))\b/gi,
    /\bsmugglers (?:[\w'-]+ ){0,2}?(?:crossed|forded)\b(?=[^.]{0,30}\briver\b)/gi,
    /\b(?:no|few) (?:regular )?(?:patrols|guards){1,2} (?:were|are) (?:still )?(?:posted|seen)\b/gi,
    /\b(?:cut|halved) (?:its |their )?(?:[\w'-]+ ){0,2}?(?:funding|stipends)(?: for (?:the )?(?:guards|patrols))?\b/gi,
    /(?<=\bthe (?:old|new) )(?:bridge|ford)\b|\bferr(?:y|ies) (?:to|across)\b/gi,
  ];
  const words = [
    "spread",
    "stretched",
    "too",
    "very",
    "thin",
    "manned",
    "by",
    "only",
    "a",
    "few",
    "handful",
    "smugglers",
    "quietly",
    "crossed",
    "forded",
    "the",
    "river",
    "no",
    "regular",
    "patrols",
    "guards",
    "were",
    "are",
    "still",
    "posted",
    "seen",
    "cut",
    "halved",
    "its",
    "their",
    "funding",
    "stipends",
    "for",
    "old",
    "new",
    "bridge",
    "ford",
    "ferry",
    "ferries",
    "to",
    "across",
    "Thin",
    "RIVER",
    "at",
    "dawn",
  ];
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const sentences = Array.from({ length: 4000 }, () => {
    const n = 3 + Math.floor(next() * 9);
    return `${Array.from({ length: n }, () => words[Math.floor(next() * words.length)]).join(" ")}.`;
  });

  it("lets through every generated sentence a pattern matches", () => {
    const wrong: string[] = [];
    let matched = 0;
    for (const re of patterns) {
      const probe = new RegExp(re.source, re.flags.replace(/[gy]/g, ""));
      for (const s of sentences) {
        if (!probe.test(s)) continue;
        matched++;
        if (!mightMatch(re, s)) wrong.push(`${re.source.slice(0, 30)} :: ${s}`);
      }
    }
    expect(matched).toBeGreaterThan(50);
    expect(wrong).toEqual([]);
  });
});
