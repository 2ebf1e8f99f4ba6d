import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { EXTRACTOR_VERSION, extractFacts } from "../src/core/facts/extract-facts.js";

/**
 * Warm extraction time of a ~5 KB article: median and p95 over many runs after a warm-up,
 * and words per second. The article is built from the evaluation corpus, whole paragraphs
 * until it reaches 5 KB, so it reads like news and not like repeated text.
 */

export interface ExtractBenchResult {
  extractorVersion: string;
  articleBytes: number;
  articleWords: number;
  warmup: number;
  runs: number;
  firstCallMs: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  wordsPerSecond: number;
  budgetMs: number;
  withinBudget: boolean;
  node: string;
}

const ROOT = path.resolve(import.meta.dirname, "..");
const CORPUS = path.join(ROOT, "tests/fixtures/corpus");
const TARGET_BYTES = 5 * 1024;
const BUDGET_MS = 20;

export function benchArticle(): string {
  const paragraphs = readdirSync(CORPUS)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .flatMap((f) => readFileSync(path.join(CORPUS, f), "utf8").split(/\n\s*\n/));
  let text = "";
  for (const p of paragraphs) {
    if (Buffer.byteLength(text) >= TARGET_BYTES) break;
    text += `${p.trim()}\n\n`;
  }
  return text;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;

export function runExtractBench(options: { warmup?: number; runs?: number } = {}): ExtractBenchResult {
  const warmup = options.warmup ?? 50;
  const runs = options.runs ?? 300;
  const text = benchArticle();
  const input = { id: "bench", title: "bench", text, publishedAt: "2025-03-12" };
  let start = performance.now();
  extractFacts(input);
  const firstCallMs = performance.now() - start;
  for (let i = 0; i < warmup; i++) extractFacts(input);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    start = performance.now();
    extractFacts(input);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const words = text.split(/\s+/).filter(Boolean).length;
  const medianMs = percentile(times, 0.5);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    extractorVersion: EXTRACTOR_VERSION,
    articleBytes: Buffer.byteLength(text),
    articleWords: words,
    warmup,
    runs,
    firstCallMs: round(firstCallMs),
    medianMs: round(medianMs),
    p95Ms: round(percentile(times, 0.95)),
    minMs: round(times[0] ?? Number.NaN),
    wordsPerSecond: Math.round(words / (medianMs / 1000)),
    budgetMs: BUDGET_MS,
    withinBudget: medianMs < BUDGET_MS,
    node: process.version,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const result = runExtractBench();
  const out = path.join(ROOT, "bench/results/extract.json");
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(
    [
      `extraction of a ${result.articleBytes}-byte article (${result.articleWords} words), warm, ${result.runs} runs:`,
      `  median ${result.medianMs} ms, p95 ${result.p95Ms} ms, min ${result.minMs} ms (first call ${result.firstCallMs} ms)`,
      `  ${result.wordsPerSecond.toLocaleString("en")} words per second; budget ${result.budgetMs} ms: ${result.withinBudget ? "met" : "MISSED"}`,
      `  written to ${path.relative(ROOT, out)}`,
    ].join("\n"),
  );
}
