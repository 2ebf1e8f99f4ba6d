import { describe, expect, it } from "vitest";
import { evaluateFacts, summarizeScores } from "../../../bench/extraction/evaluate.js";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";
import { FactsDocument } from "../../../src/core/facts/schema.js";
import { loadCorpus, REFERENCE, spanProblems } from "./helpers.js";

/**
 * The extractor against the hand-annotated corpus. Two sets, scored apart:
 * - the TUNED set (000-006), which the extractor was developed against: held to perfection on
 *   quotes and quantities;
 * - the HELD-OUT set (007 and 008+), written and annotated before the extractor saw them
 *   (first-sight scores in bench/results/extract-first-sight.json): held to floors a little
 *   below the current score, so a regression fails. Raise the floors as the extractor improves;
 *   never tune on these articles to pass them.
 * Every article must validate against the schema and cite exact spans.
 */

const HELD_OUT_FROM = "007";
const corpus = loadCorpus();
const results = corpus.map((a) => {
  const doc = extractFacts({ id: a.name, title: a.name, text: a.text });
  return { ...a, doc, score: evaluateFacts(doc, a.gold) };
});
const tuned = results.filter((r) => r.name < HELD_OUT_FROM);
const heldOut = results.filter((r) => r.name >= HELD_OUT_FROM);
const share = (r: { found: number; total: number }) => (r.total === 0 ? 1 : r.found / r.total);

describe("corpus", () => {
  it("has the reference article and six more in the tuned set, and at least eleven held-out articles", () => {
    expect(tuned.map((a) => a.name)).toContain(REFERENCE);
    expect(tuned.length).toBe(7);
    expect(heldOut.length).toBeGreaterThanOrEqual(11);
  });

  it.each(results.map((r) => [r.name, r] as const))(
    "%s validates against the schema and cites exact spans",
    (_name, r) => {
      expect(() => FactsDocument.parse(r.doc)).not.toThrow();
      expect(spanProblems(r.doc, r.text)).toEqual([]);
    },
  );
});

describe("corpus, tuned set (000-006)", () => {
  it.each(tuned.map((r) => [r.name, r] as const))("%s reads the publication date", (_name, r) => {
    expect(r.doc.article.publishedAt).toBe(r.gold.publishedAt);
  });

  it("finds required entities with recall >= 0.95 and precision >= 0.90 over the tuned set", () => {
    const overall = summarizeScores(tuned.map((r) => r.score));
    expect(overall.recall).toBeGreaterThanOrEqual(0.95);
    expect(overall.precision).toBeGreaterThanOrEqual(0.9);
  });

  it("finds required entities with recall >= 0.95 and precision >= 0.90 on the reference article", () => {
    const ref = results.find((r) => r.name === REFERENCE)?.score;
    expect(ref?.entities.recall).toBeGreaterThanOrEqual(0.95);
    expect(ref?.entities.precision).toBeGreaterThanOrEqual(0.9);
  });

  it("finds every gold quote with the right speaker", () => {
    const problems = tuned.flatMap((r) => r.score.quotes.problems.map((p) => `${r.name}: ${p}`));
    expect(problems).toEqual([]);
  });

  it("finds the trench width of the reference article as 3 m", () => {
    const ref = results.find((r) => r.name === REFERENCE)?.doc;
    const widths = ref?.facts.filter(
      (f) => f.kind === "quantity" && f.value === 3 && f.unit === "m" && /width/.test(f.measures ?? ""),
    );
    expect(widths?.length).toBeGreaterThan(0);
    expect(widths?.some((f) => /trench/.test(f.measures ?? ""))).toBe(true);
  });

  it("finds the gold quantities", () => {
    const missing = tuned.flatMap((r) => r.score.quantities.missing.map((q) => `${r.name}: ${q}`));
    expect(missing).toEqual([]);
  });
});

/**
 * HELD-OUT floors (007-017). Scores when set: first sight (extractor 0.2.0) / working tree
 * 0.3.0: precision 0.973 / 0.973, recall 0.899 / 0.903, quotes found 0.568 / 0.697, right
 * speaker 0.465 / 0.645, quantities 0.814 / 0.814, timeline events 0.379 / 0.362 with 2
 * duplicates, publication date 9/11. Issue 10 targets are far above some of these floors:
 * these guard against regressions, they are not the goal.
 */
describe("corpus, held-out set (007 and 008+): regression floors", () => {
  const overall = summarizeScores(heldOut.map((r) => r.score));

  it("keeps entity precision >= 0.95 and recall of required entities >= 0.87", () => {
    expect(overall.precision).toBeGreaterThanOrEqual(0.95);
    expect(overall.recall).toBeGreaterThanOrEqual(0.87);
  });

  it("finds >= 0.55 of gold quotes and attributes >= 0.45 to the right speaker", () => {
    expect(share(overall.quotesFound)).toBeGreaterThanOrEqual(0.55);
    expect(share(overall.quotesAttributed)).toBeGreaterThanOrEqual(0.45);
  });

  it("finds >= 0.78 of gold quantities", () => {
    expect(share(overall.quantities)).toBeGreaterThanOrEqual(0.78);
  });

  it("puts >= 0.33 of gold events on the timeline at the right date, with at most 3 duplicates", () => {
    expect(share(overall.timeline)).toBeGreaterThanOrEqual(0.33);
    expect(overall.timeline.duplicates).toBeLessThanOrEqual(3);
  });

  it("reads the publication date of at least 9 of the held-out articles", () => {
    const right = heldOut.filter((r) => r.doc.article.publishedAt === r.gold.publishedAt);
    expect(right.length).toBeGreaterThanOrEqual(9);
  });
});
