import path from "node:path";
import { ANALYSIS_DIR, ANALYSIS_SETS, loadCases } from "./cases.js";
import { runCase } from "./run-cases.js";

/**
 * Gaps ("No reporting in the sources on X") over every annotated set: a gap printed for a factor
 * that an annotated sentence of the case bears on is false; the others are listed as a count only.
 * Usage: tsx bench/analysis/gaps-survey.ts
 */
let falseGaps = 0;
let otherGaps = 0;
for (const dir of ANALYSIS_SETS) {
  const { cases, articles } = loadCases(path.join(path.dirname(ANALYSIS_DIR), dir));
  for (const c of cases) {
    const { assessment } = runCase(c, articles);
    const annotated = new Set(c.mustCount.map((m) => m.factor).filter(Boolean));
    for (const f of assessment.factors) {
      if (!f.gap) continue;
      if (annotated.has(f.id)) {
        falseGaps++;
        console.log(`false gap: ${c.id} ${f.id}`);
      } else otherGaps++;
    }
  }
}
console.log(`gaps ${falseGaps + otherGaps}: false ${falseGaps}, other ${otherGaps}`);
