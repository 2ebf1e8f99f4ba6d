import { describe, expect, it } from "vitest";
import { evaluateFacts, summarizeScores } from "../../../src/core/facts/evaluate.js";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";
import { FactsDocument } from "../../../src/core/facts/schema.js";
import { loadCorpus, REFERENCE, spanProblems } from "./helpers.js";

/**
 * The extractor against the hand-annotated corpus: the reference article and the synthetic
 * articles of other outlets' styles, scored together and the reference alone.
 */

const corpus = loadCorpus();
const results = corpus.map((a) => {
  const doc = extractFacts({ id: a.name, title: a.name, text: a.text });
  return { ...a, doc, score: evaluateFacts(doc, a.gold) };
});

describe("corpus", () => {
  it("has the reference article and at least six more", () => {
    expect(corpus.map((a) => a.name)).toContain(REFERENCE);
    expect(corpus.length).toBeGreaterThanOrEqual(7);
  });

  it.each(results.map((r) => [r.name, r] as const))(
    "%s validates against the schema and cites exact spans",
    (_name, r) => {
      expect(() => FactsDocument.parse(r.doc)).not.toThrow();
      expect(spanProblems(r.doc, r.text)).toEqual([]);
      expect(r.doc.article.publishedAt).toBe(r.gold.publishedAt);
    },
  );

  it("finds required entities with recall >= 0.95 and precision >= 0.90 over all articles", () => {
    const overall = summarizeScores(results.map((r) => r.score));
    expect(overall.recall).toBeGreaterThanOrEqual(0.95);
    expect(overall.precision).toBeGreaterThanOrEqual(0.9);
  });

  it("finds required entities with recall >= 0.95 and precision >= 0.90 on the reference article", () => {
    const ref = results.find((r) => r.name === REFERENCE)?.score;
    expect(ref?.entities.recall).toBeGreaterThanOrEqual(0.95);
    expect(ref?.entities.precision).toBeGreaterThanOrEqual(0.9);
  });

  it("finds every gold quote with the right speaker", () => {
    const problems = results.flatMap((r) => r.score.quotes.problems.map((p) => `${r.name}: ${p}`));
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
    const missing = results.flatMap((r) => r.score.quantities.missing.map((q) => `${r.name}: ${q}`));
    expect(missing).toEqual([]);
  });
});
