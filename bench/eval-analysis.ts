import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  ANALYSIS_DIR,
  ANALYSIS_SETS,
  type CaseScore,
  loadCases,
  scoreCase,
  summarize,
} from "./analysis/cases.js";
import { runCase } from "./analysis/run-cases.js";
import { printTable } from "./table.js";

/**
 * `npm run eval` (second part): the assessment against the annotated analytic evaluation set.
 * Prints evidence precision and recall, sign errors, judgment/no-judgment errors, conflicts shown
 * and off-topic articles listed, per case and overall, beside the first-sight figures recorded in
 * bench/results/analysis-first-sight.json. `--details` lists what was wrong. `--record-first-sight
 * <label>` stores this run as a first-sight record (only for cases not yet recorded).
 */

const ROOT = path.resolve(import.meta.dirname, "..");
// `--set <name>`: a later set, written after the earlier ones were used for tuning and scored
// apart (`--heldout` is `--set analysis-heldout`). Each set keeps its own first-sight record.
const SETS = ANALYSIS_SETS;
const setAt = process.argv.indexOf("--set");
const SET = process.argv.includes("--heldout")
  ? "analysis-heldout"
  : setAt > 0
    ? (process.argv[setAt + 1] ?? "")
    : "analysis";
if (!(SETS as readonly string[]).includes(SET)) throw new Error(`--set: one of ${SETS.join(", ")}`);
const heldout = SET !== "analysis";
const SET_DIR = path.join(path.dirname(ANALYSIS_DIR), SET);
const FIRST_SIGHT = path.join(ROOT, `bench/results/${SET}-first-sight.json`);
const details = process.argv.includes("--details");
const recordAt = process.argv.indexOf("--record-first-sight");

const { cases, articles } = loadCases(SET_DIR);
const scores: CaseScore[] = cases.map((c) => {
  const { result, indexOf } = runCase(c, articles);
  return scoreCase(c, result, indexOf);
});
const overall = summarize(scores);

interface FirstSight {
  label: string;
  recordedAt: string;
  cases: Record<string, CaseScore>;
}
const records: FirstSight[] = existsSync(FIRST_SIGHT) ? JSON.parse(readFileSync(FIRST_SIGHT, "utf8")) : [];

const pct = (n: number) => `${(n * 100).toFixed(0)}%`;
const row = (s: CaseScore) => [
  s.id,
  s.theme,
  `${pct(s.precision)} (${s.correct}/${s.cited})`,
  `${pct(s.recall)} (${s.found}/${s.must})`,
  String(s.signErrors.length),
  String(s.judgmentErrors.length),
  `${s.conflicts.shown}/${s.conflicts.annotated}`,
  `${s.unused.listed}/${s.unused.annotated}`,
  ...records.map((r) => {
    const f = r.cases[s.id];
    return f
      ? `${pct(f.precision)}/${pct(f.recall)}/${f.signErrors.length}/${f.judgmentErrors.length}/${f.conflicts.shown}`
      : "—";
  }),
];
const header = [
  "case",
  "theme",
  "precision",
  "recall",
  "sign err",
  "judgment err",
  "conflicts",
  "unused",
  ...records.map((r) => `first sight: ${r.label}`),
];
const rows = scores.map(row);
const firstOverall = records.map((r) => {
  const o = summarize(Object.values(r.cases).filter((s) => scores.some((x) => x.id === s.id)));
  return `${pct(o.precision)}/${pct(o.recall)}/${o.signErrors}/${o.judgmentErrors}/${o.conflictsShown}`;
});
rows.push([
  "OVERALL",
  "",
  pct(overall.precision),
  pct(overall.recall),
  String(overall.signErrors),
  String(overall.judgmentErrors),
  `${overall.conflictsShown}/${overall.conflictsAnnotated}`,
  `${overall.unusedListed}/${overall.unusedAnnotated}`,
  ...firstOverall,
]);
console.log(
  `\nAssessment against ${scores.length} annotated theme × article cases (${heldout ? `held-out set ${SET}` : "tuning set"})\n`,
);
printTable(header, rows);
console.log(
  "\nprecision: cited sentences annotated as bearing on the theme; recall: annotated sentences cited; sign err: cited under the wrong role;",
);
console.log(
  "judgment err: a judgment given where none is due or withheld where due; first sight: precision/recall/sign/judgment errors/conflicts shown.",
);

if (details) {
  for (const s of scores) {
    const lines = [
      ...s.signErrors.map((x) => `sign error: ${x}`),
      ...s.judgmentErrors.map((x) => `judgment: ${x}`),
      ...(s.conflicts.missed ?? []).map((x) => `conflict not shown: ${x}`),
      ...s.falsePositives.map((x) => `not relevant but cited: ${x}`),
      ...s.missed.map((x) => `missed: ${x}`),
    ];
    if (lines.length) console.log(`\n${s.id}\n  ${lines.join("\n  ")}`);
  }
}

if (recordAt > 0) {
  const label = process.argv[recordAt + 1] ?? "unlabelled";
  const recorded = new Set(records.flatMap((r) => Object.keys(r.cases)));
  const fresh = scores.filter((s) => !recorded.has(s.id) || records.every((r) => r.label !== label));
  records.push({
    label,
    recordedAt: new Date().toISOString(),
    cases: Object.fromEntries(fresh.map((s) => [s.id, s])),
  });
  writeFileSync(FIRST_SIGHT, `${JSON.stringify(records, null, 2)}\n`);
}

const out = path.join(ROOT, `bench/results/${SET}.json`);
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ overall, cases: scores }, null, 2)}\n`);
