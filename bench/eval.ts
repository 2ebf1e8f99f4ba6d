import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { type ArticleScore, evaluateFacts, summarizeScores } from "../src/core/facts/evaluate.js";
import { EXTRACTOR_VERSION, extractFacts } from "../src/core/facts/extract-facts.js";
import { GoldArticle } from "../src/core/facts/gold.js";

/**
 * `npm run eval`: the extractor against every annotated article of the evaluation corpus.
 * Prints entity precision and recall, quote finding and attribution, quantities, and the
 * coverage of gold measures, threats and events, per article and overall; `--details` adds
 * what was missed. Results go to bench/results/eval.json.
 */

const ROOT = path.resolve(import.meta.dirname, "..");
const CORPUS = path.join(ROOT, "tests/fixtures/corpus");
const details = process.argv.includes("--details");

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
const frac = (a: number, b: number) => `${a}/${b}`;

const scores: ArticleScore[] = readdirSync(CORPUS)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((file) => {
    const name = file.replace(/\.txt$/, "");
    const text = readFileSync(path.join(CORPUS, file), "utf8");
    const gold = GoldArticle.parse(JSON.parse(readFileSync(path.join(CORPUS, `${name}.gold.json`), "utf8")));
    return evaluateFacts(extractFacts({ id: name, title: name, text }), gold);
  });

const rows = scores.map((s) => [
  s.article.replace(/\.txt$/, ""),
  pct(s.entities.precision),
  `${pct(s.entities.recall)} (${frac(s.entities.required.found, s.entities.required.total)})`,
  String(s.entities.duplicates),
  frac(s.quotes.found, s.quotes.total),
  frac(s.quotes.attributed, s.quotes.total),
  frac(s.quantities.found, s.quantities.total),
  frac(s.measures.found, s.measures.total),
  frac(s.threats.found, s.threats.total),
  `${frac(s.events.found, s.events.total)} (${s.events.dated} dated)`,
  s.publishedAt.actual === s.publishedAt.expected ? "yes" : `no (${s.publishedAt.actual})`,
]);
const o = summarizeScores(scores);
rows.push([
  "OVERALL",
  pct(o.precision),
  pct(o.recall),
  String(scores.reduce((n, s) => n + s.entities.duplicates, 0)),
  frac(o.quotesFound.found, o.quotesFound.total),
  frac(o.quotesAttributed.found, o.quotesAttributed.total),
  frac(o.quantities.found, o.quantities.total),
  frac(o.measures.found, o.measures.total),
  frac(o.threats.found, o.threats.total),
  frac(o.events.found, o.events.total),
  "",
]);
const header = [
  "article",
  "precision",
  "recall (required)",
  "split",
  "quotes found",
  "right speaker",
  "quantities",
  "measures",
  "threats",
  "events",
  "pub. date",
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
const line = (cells: string[]) =>
  cells
    .map((c, i) => c.padEnd(widths[i] ?? 0))
    .join("  ")
    .trimEnd();
console.log(`scenario-brief extractor ${EXTRACTOR_VERSION} on ${scores.length} annotated articles\n`);
console.log(line(header));
console.log(line(widths.map((w) => "-".repeat(w))));
for (const r of rows.slice(0, -1)) console.log(line(r));
console.log(line(widths.map((w) => "-".repeat(w))));
console.log(line(rows[rows.length - 1] ?? []));
console.log(
  "\nprecision: extracted entities matching any gold entity; recall: required gold entities found; split: entities found twice.",
);
console.log(
  "measures, threats and events: gold items whose words a fact covers (informative, not a threshold).",
);

if (details) {
  for (const s of scores) {
    const lines = [
      ...s.entities.missing.map((m) => `missing entity: ${m}`),
      ...s.entities.spurious.map((m) => `spurious entity: ${m}`),
      ...s.quotes.problems.map((p) => `quote ${p}`),
      ...s.quantities.missing.map((q) => `missing quantity: ${q}`),
      ...s.measures.missing.map((m) => `uncovered measure: ${m}`),
      ...s.threats.missing.map((t) => `uncovered threat: ${t}`),
      ...s.events.missing.map((e) => `event ${e}`),
    ];
    if (lines.length > 0) console.log(`\n${s.article}\n  ${lines.join("\n  ")}`);
  }
}

const out = path.join(ROOT, "bench/results/eval.json");
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(
  out,
  `${JSON.stringify({ extractorVersion: EXTRACTOR_VERSION, overall: o, articles: scores }, null, 2)}\n`,
);
