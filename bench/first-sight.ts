import { execSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { EXTRACTOR_VERSION, extractFacts } from "../src/core/facts/extract-facts.js";
import { evaluateFacts, summarizeScores, timelineCandidates } from "./extraction/evaluate.js";
import { GoldArticle } from "./extraction/gold.js";

/**
 * Records the FIRST-SIGHT score of newly annotated corpus articles: the extractor run once on
 * articles it has never seen, scored with evaluateFacts/summarizeScores, before any change
 * they prompt. Usage: tsx bench/first-sight.ts <corpus dir> <out file> <first> <last>
 * (article name prefixes, inclusive). Refuses to overwrite an existing record.
 * The timeline candidates (bench/extraction/evaluate.ts, as eval.ts reads today's output) are
 * kept beside the scores so timeline metrics are computed on the first-sight output itself.
 */

const [corpus, out, first, last] = process.argv.slice(2);
if (!corpus || !out || !first || !last) throw new Error("usage: first-sight <corpus> <out> <first> <last>");
if (existsSync(out)) throw new Error(`${out} exists: a first-sight score is recorded once`);

const names = readdirSync(corpus)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.replace(/\.txt$/, ""))
  .filter((n) => n.slice(0, 3) >= first && n.slice(0, 3) <= last)
  .sort();

const runs = names.map((name) => {
  const text = readFileSync(path.join(corpus, `${name}.txt`), "utf8");
  const gold = GoldArticle.parse(JSON.parse(readFileSync(path.join(corpus, `${name}.gold.json`), "utf8")));
  const doc = extractFacts({ id: name, title: name, text });
  const score = evaluateFacts(doc, gold);
  // The timeline entries exactly as eval.ts scores today's output (a toll folded into its
  // happening), so first sight and now are read alike. Records before set 63 kept the raw
  // non-quantity facts instead and understate their first-sight timeline (set 62: 24/30 recorded,
  // 25/30 for the same extractor read today).
  const facts = timelineCandidates(doc);
  return { score, facts };
});

const commit = execSync("git rev-parse HEAD", { cwd: corpus, encoding: "utf8" }).trim();
const record = {
  about:
    "First-sight scores of the held-out articles: the extractor run once on articles written and annotated before it ever saw them, scored with evaluateFacts/summarizeScores (bench/extraction/evaluate.ts), before any change they prompted. `facts` keeps the timeline candidates (text with any toll folded in, date, entity names) as eval.ts reads them, so timeline metrics are computed on this same output. Not to be regenerated.",
  extractorVersion: EXTRACTOR_VERSION,
  extractorCommit: process.env.EXTRACTOR_COMMIT ?? commit,
  date: new Date().toISOString(),
  articles: names,
  overall: summarizeScores(runs.map((r) => r.score)),
  scores: runs.map((r) => r.score),
  facts: Object.fromEntries(names.map((n, i) => [n, runs[i]?.facts ?? []])),
};
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(record, null, 2)}\n`);

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
for (const s of record.scores) {
  console.log(
    [
      s.article.padEnd(36),
      `P ${pct(s.entities.precision)}`,
      `R ${pct(s.entities.recall)} (${s.entities.required.found}/${s.entities.required.total})`,
      `quotes ${s.quotes.found}/${s.quotes.total}`,
      `speaker ${s.quotes.attributed}/${s.quotes.total}`,
      `qty ${s.quantities.found}/${s.quantities.total}`,
      `events ${s.events.found}/${s.events.total} (${s.events.dated} dated)`,
      `pub ${s.publishedAt.actual === s.publishedAt.expected ? "ok" : s.publishedAt.actual}`,
    ].join("  "),
  );
}
const o = record.overall;
console.log(
  `OVERALL P ${pct(o.precision)} R ${pct(o.recall)} quotes ${o.quotesFound.found}/${o.quotesFound.total} speaker ${o.quotesAttributed.found}/${o.quotesAttributed.total} qty ${o.quantities.found}/${o.quantities.total} events ${o.events.found}/${o.events.total}`,
);
