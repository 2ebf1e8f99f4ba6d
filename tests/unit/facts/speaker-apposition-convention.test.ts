import { describe, expect, it } from "vitest";
import { speakerKey } from "../../../bench/extraction/evaluate.js";
import type { GoldArticle } from "../../../bench/extraction/gold.js";
import { corpusGolds, syntheticGold, unnamedSpeakerQuotes } from "../../support/corpus-golds.js";

/**
 * Rule 11 (d) of tests/fixtures/ANNOTATION.md (session 66), checked on every gold of every corpus set:
 * an unnamed speaker the text gives as "X, Y", Y a second description in apposition ("The uploader of
 * the original, a local cameraman"), lists the full form and each of X and Y, unless the gold's `about`
 * names a part in quotes (the article has another such speaker). An X that is only a pronoun ("One",
 * "The other", "One of them") is not asked for. Named speakers are rule (c)'s and are not checked here.
 * Whether the text gives an apposition the gold does not list needs the article read and is not checked.
 */

const articles = corpusGolds();

/** "X, a Y" / "X, the Y": a description, a comma, and a second description opened by an article. */
const APPOSITION = /^(.+?),\s+((?:an?|the)\s+.+)$/i;
/** An X that only points back ("One, a security officer", "One of them, a farmer"). */
const PRONOUN = /^(?:one|the other|another|one of (?:them|us|those|these))$/i;

/** Every part of an apposition form a gold's quote does not list, as "article: spelling (no "part")". */
function appositionProblems(name: string, gold: GoldArticle): string[] {
  const problems: string[] = [];
  for (const q of unnamedSpeakerQuotes(gold, speakerKey)) {
    const { keys } = q;
    for (const s of q.speaker) {
      const m = APPOSITION.exec(s);
      if (!m?.[1] || !m[2]) continue;
      const parts = PRONOUN.test(m[1]) ? [m[2]] : [m[1], m[2]];
      for (const part of parts) {
        // "One observer" is listed by its (b) twin "observer" too
        const twins = [part, part.replace(/^one\s+/i, "")].map(speakerKey);
        if (twins.some((t) => keys.has(t))) continue;
        if (gold.about?.includes(`"${part}"`)) continue;
        problems.push(`${name}: ${s} (no "${part}")`);
      }
    }
  }
  return [...new Set(problems)];
}

const gold = syntheticGold;

describe("apposition speakers of the extraction golds (ANNOTATION.md rule 11 d, session 66)", () => {
  it("reads golds that list apposition forms", () => {
    const forms = articles.flatMap((a) =>
      a.gold.quotes.flatMap((q) => q.speaker.filter((s) => APPOSITION.test(s))),
    );
    expect(forms.length).toBeGreaterThanOrEqual(25);
  });

  it("lists each part of an unnamed speaker's apposition beside the full form", () => {
    expect(articles.flatMap((a) => appositionProblems(a.name, a.gold))).toEqual([]);
  });

  it("fails on a gold that lists the full form alone or with one part", () => {
    const broken = gold([
      ["The keeper of the lighthouse, a retired sailor"],
      ["Her cousin, a nurse", "a nurse"],
      ["One juror, a baker from Hilla", "a baker from Hilla"],
    ]);
    expect(appositionProblems("broken", broken)).toEqual([
      'broken: The keeper of the lighthouse, a retired sailor (no "The keeper of the lighthouse")',
      'broken: The keeper of the lighthouse, a retired sailor (no "a retired sailor")',
      'broken: Her cousin, a nurse (no "Her cousin")',
      'broken: One juror, a baker from Hilla (no "One juror")',
    ]);
  });

  it("accepts every part, a pronoun X left out, a part the about explains, and named speakers", () => {
    const fixed = gold(
      [
        ["The keeper of the lighthouse, a retired sailor", "keeper of the lighthouse", "retired sailor"],
        ["One juror, a baker from Hilla", "juror", "a baker from Hilla", "a baker"],
        ["One of them, a potter", "a potter"],
        ["The other, a clerk", "clerk"],
        ["Her cousin, a nurse", "a nurse"],
        ["Salma Yousif", "Salma Yousif, a nurse"],
        ["officials in Basra, Amara and Nasiriyah"],
      ],
      'Rule 11 (d): "Her cousin" stays out: the article quotes a second cousin.',
      [["Salma Yousif"]],
    );
    expect(appositionProblems("fixed", fixed)).toEqual([]);
  });
});
