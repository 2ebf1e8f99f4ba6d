import path from "node:path";
import { ANALYSIS_DIR, ANALYSIS_SETS, loadCases } from "./cases.js";
import { loadTheme, runCase } from "./run-cases.js";

/**
 * Every set at once: does each cited sentence stand under the factor it bears on? The evaluation
 * scores a sentence's role (driver or mitigator); an analyst also reads the factor it is filed
 * under ("Nine detainees escaped" is an escape reported, not a large concentration of detainees).
 * For each annotated sentence that names its factor and is cited, this counts whether the briefing
 * files it under that factor (in the factor sections or in a judgment's evidence). An annotated
 * factor the theme does not have is counted apart: the annotation, not the briefing, is off.
 * Usage: tsx bench/analysis/factor-survey.ts [--list] [set ...]
 */
const args = process.argv.slice(2);
const list = args.includes("--list");
const named = args.filter((a) => !a.startsWith("--"));
const SETS = named.length ? named : ANALYSIS_SETS;
const pct = (n: number, d: number) => (d === 0 ? "—" : `${((n / d) * 100).toFixed(1)}%`);
const total = { cited: 0, agree: 0, unknown: 0 };
for (const set of SETS) {
  const { cases, articles } = loadCases(path.join(path.dirname(ANALYSIS_DIR), set));
  const tally = { cited: 0, agree: 0, unknown: 0 };
  const lines: string[] = [];
  for (const c of cases) {
    const theme = loadTheme(c.theme);
    const known = new Set([...theme.drivers, ...theme.mitigators].map((f) => f.id));
    const { assessment, indexOf } = runCase(c, articles);
    const filed = new Map<string, Set<string>>();
    const file = (key: string, factor: string) => filed.set(key, (filed.get(key) ?? new Set()).add(factor));
    for (const f of assessment.factors) for (const e of f.evidence) file(e.key, f.id);
    for (const j of assessment.judgments.filter((x) => x.probability !== null))
      for (const f of j.factors) for (const k of f.evidence) file(k, f.id);
    for (const m of c.mustCount) {
      if (!m.factor) continue;
      const key = `${m.article}#${indexOf(m.article, m.sentence)}`;
      const under = filed.get(key);
      if (!under) continue;
      if (!known.has(m.factor)) {
        tally.unknown++;
        continue;
      }
      tally.cited++;
      if (under.has(m.factor)) tally.agree++;
      else
        lines.push(
          `  ${c.id} ${key}: ${m.sentence.slice(0, 50)} … annotated ${m.factor}, filed ${[...under].join(", ")}`,
        );
    }
  }
  for (const k of ["cited", "agree", "unknown"] as const) total[k] += tally[k];
  console.log(
    `${set.padEnd(18)} factor agrees ${pct(tally.agree, tally.cited)} (${tally.agree}/${tally.cited})  annotated factor unknown ${tally.unknown}`,
  );
  if (list) for (const l of lines) console.log(l);
}
console.log(
  `${"overall".padEnd(18)} factor agrees ${pct(total.agree, total.cited)} (${total.agree}/${total.cited})  annotated factor unknown ${total.unknown}`,
);
