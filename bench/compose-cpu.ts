/**
 * `npx tsx bench/compose-cpu.ts [runs] [articles]`: the CPU time of a briefing's composition (the
 * worker thread's task: facts parsed, assessed, HTML rendered) for the reference theme, twice:
 *
 * - `warmMs`: the reference article briefed again, as the HTTP bench briefs it, so the readings
 *   the assessment keeps per text (a sentence's fold, its sentence-wide readings, each kept by its
 *   text, bounded: src/core/text/fold.ts, src/core/themes/relevance.ts `perSentence`) are those
 *   of the earlier briefings;
 * - `corpusColdMs`: each of `articles` corpus articles briefed right after its extraction, as the
 *   first briefing of a newly stored article is (no earlier briefing read its sentences), and
 *   `corpusAgainMs` the same articles briefed a second time (median over the articles).
 *
 * CPU time of this thread (process.cpuUsage), not wall time: the steadier figure on a shared
 * machine. The HTTP bench repeats one briefing, so its composition is the warm one.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { loadRendering } from "../src/adapters/templates/load-rendering.js";
import { newArticle } from "../src/core/articles/article.js";
import { composeBriefing } from "../src/core/briefings/compose-briefing.js";
import { extractFacts } from "../src/core/facts/extract-facts.js";
import { gradeSource } from "../src/core/sources/outlets.js";
import { REFERENCE_THEME, REFERENCE_TITLE, ROOT, referenceText } from "./reference.js";
import { median, round } from "./stats.js";

const cpuMs = (run: () => unknown) => {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
};

export async function runComposeCpuBench(runs = 20, articles = 40) {
  const { themes, renderer } = await loadRendering({
    templatesDir: path.join(ROOT, "templates"),
    assetsDir: undefined,
    dissemination: { marking: "UNCLASSIFIED", handling: "Bench." },
  });
  const at = new Date();
  const compose = (text: string) => {
    const article = newArticle({ title: REFERENCE_TITLE, text }, at);
    const factsJson = JSON.stringify(extractFacts(article));
    const grade = gradeSource(article.source, new Map());
    return () =>
      composeBriefing(themes, renderer, {
        themeId: REFERENCE_THEME,
        id: "01JHF3Q9V6X8E2N4R5T7Y9B1C3",
        at,
        sources: [{ article, factsJson, grade }],
        previous: null,
      });
  };
  const reference = compose(referenceText());
  for (let i = 0; i < 3; i++) reference(); // compiled, and its texts read
  const warm = Array.from({ length: runs }, () => cpuMs(reference));
  const dir = path.join(ROOT, "tests/fixtures/corpus");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".txt") && !f.startsWith("000_"))
    .sort()
    .slice(0, articles);
  const cold: number[] = [];
  const again: number[] = [];
  for (const f of files) {
    const briefing = compose(readFileSync(path.join(dir, f), "utf8"));
    cold.push(cpuMs(briefing));
    again.push(cpuMs(briefing));
  }
  return {
    warmMs: round(median(warm)),
    corpusColdMs: round(median(cold)),
    corpusAgainMs: round(median(again)),
    runs,
    articles: files.length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(
    JSON.stringify(
      await runComposeCpuBench(Number(process.argv[2] ?? 20), Number(process.argv[3] ?? 40)),
      null,
      2,
    ),
  );
}
