import path from "node:path";
import { ANALYSIS_DIR, ANALYSIS_SETS, loadCases, scoreCase, summarize } from "./cases.js";
import { runCase } from "./run-cases.js";

/**
 * Every set at once, for work on conflicting reporting: per set the annotated conflicts shown,
 * the conflicts shown that match no annotated conflict (candidates for false conflicts, each
 * listed with its claims with `--list`), and the evidence figures a change must keep (precision,
 * recall, sign and judgment errors).
 * Usage: tsx bench/analysis/conflicts-survey.ts [--list] [set ...]
 */
const args = process.argv.slice(2);
const list = args.includes("--list");
const named = args.filter((a) => !a.startsWith("--"));
const SETS = named.length ? named : ANALYSIS_SETS;
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
for (const set of SETS) {
  const { cases, articles } = loadCases(path.join(path.dirname(ANALYSIS_DIR), set));
  const scores = [];
  let unmatched = 0;
  const lines: string[] = [];
  for (const c of cases) {
    const { result, indexOf, assessment } = runCase(c, articles);
    scores.push(scoreCase(c, result, indexOf));
    const annotated = c.conflicts.map(
      (k) => new Set(k.claims.map((x) => `${x.article}#${indexOf(x.article, x.sentence)}`)),
    );
    for (const k of assessment.conflicts) {
      const keys = new Set(k.claims.map((x) => `${x.articleId}#${x.sentence}`));
      if (annotated.some((a) => [...keys].filter((x) => a.has(x)).length >= 2)) continue;
      unmatched++;
      lines.push(`  ${c.id}: ${k.kind} "${k.topic}" ${[...keys].join(" ")}`);
    }
  }
  const o = summarize(scores);
  console.log(
    `${set.padEnd(18)} conflicts ${o.conflictsShown}/${o.conflictsAnnotated}  unmatched ${unmatched}  precision ${pct(o.precision)} recall ${pct(o.recall)} sign ${o.signErrors} judgment ${o.judgmentErrors}`,
  );
  if (list) for (const l of lines) console.log(l);
}
