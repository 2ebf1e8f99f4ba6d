import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REFERENCE_TITLE, referenceText } from "../../bench/reference.js";
import { CpuPool } from "../../src/adapters/cpu/cpu-pool.js";
import { loadRendering } from "../../src/adapters/templates/load-rendering.js";
import { newArticle } from "../../src/core/articles/article.js";
import { type ComposeRequest, composeBriefing } from "../../src/core/briefings/compose-briefing.js";
import { extractFacts } from "../../src/core/facts/extract-facts.js";
import { gradeSource } from "../../src/core/sources/outlets.js";

const rendering = {
  templatesDir: path.resolve(import.meta.dirname, "../../templates"),
  assetsDir: undefined,
  dissemination: { marking: "UNCLASSIFIED", handling: "Test." },
};
const pool = new CpuPool({
  threads: 1,
  queueLimit: 4,
  taskBudgetMs: 60_000,
  extractorVersion: "test",
  rendering,
});
afterAll(() => pool.close());

describe("CpuPool", () => {
  it("composes on a worker thread the same briefing, HTML included, as on the calling thread", async () => {
    const at = new Date("2025-01-20T08:00:00Z");
    const article = newArticle({ title: REFERENCE_TITLE, text: referenceText() }, at);
    const facts = await pool.extract(article);
    expect(facts).toEqual(extractFacts(article));
    const request: ComposeRequest = {
      themeId: "isis-prison-escape",
      id: "01JHF3Q9V6X8E2N4R5T7Y9B1C3",
      at,
      sources: [{ article, factsJson: JSON.stringify(facts), grade: gradeSource(article.source, new Map()) }],
      previous: null,
    };
    const { themes, renderer } = await loadRendering(rendering);
    const here = composeBriefing(themes, renderer, request);
    const there = await pool.compose(request);
    expect(there.rendered.html.length).toBeGreaterThan(10_000);
    expect(there.rendered).toEqual(here.rendered);
    expect(there.assessment).toEqual(here.assessment);
  });
});
