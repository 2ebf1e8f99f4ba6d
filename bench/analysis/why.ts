import path from "node:path";
import { patternFit } from "../../src/core/themes/relevance.js";
import { collectReports } from "../../src/core/themes/reports.js";
import type { Pattern } from "../../src/core/themes/theme.js";
import { ANALYSIS_DIR, loadCases } from "./cases.js";
import { loadTheme, sourceDocument } from "./run-cases.js";

/**
 * Why a sentence fits, or does not fit, each factor of a case's theme: for every fact of the
 * sentence and every pattern, the fit, or the first condition that failed.
 * Usage: tsx bench/analysis/why.ts <case id prefix> <set dir name> <article#sentence>...
 */
const [prefix, set, ...keys] = process.argv.slice(2);
const dir = set ? path.join(path.dirname(ANALYSIS_DIR), set) : ANALYSIS_DIR;
const { cases, articles } = loadCases(dir);
const c = cases.find((x) => x.id.startsWith(prefix ?? ""));
if (!c) throw new Error(`no case ${prefix}`);
const theme = loadTheme(c.theme);
const at = new Date(`${c.briefingDate}T12:00:00Z`);
const docs = c.articles.flatMap((slug) => {
  const a = articles.get(slug);
  return a ? [sourceDocument(slug, a)] : [];
});
const probe = (p: Pattern, over: Partial<Pattern>) => ({ ...p, ...over });
for (const r of collectReports(docs).filter((x) => keys.includes(x.key))) {
  console.log(
    `\n${r.key} ${r.kind} ${r.modality} [${r.tags.join(",")}] acled=${r.codes?.acled?.eventType ?? ""}/${r.codes?.acled?.subEventType ?? ""} cameo=${r.codes?.cameo?.code ?? ""}`,
  );
  console.log(
    `   entities=${r.entities.map((e) => `${e.name}(${e.lexiconId ?? e.type}${e.affiliation ? ` of ${e.affiliation}` : ""})`).join("; ")}`,
  );
  console.log(`   named=${r.named.map((e) => e.lexiconId ?? e.name).join("|")}`);
  console.log(`   setting=${r.setting.map((e) => e.lexiconId ?? e.name).join("|")} text="${r.text}"`);
  for (const f of [...theme.drivers, ...theme.mitigators]) {
    f.evidence.forEach((p, i) => {
      const fit = patternFit(p, r, at);
      let why = "";
      if (fit === 0) {
        const checks: [string, Partial<Pattern>][] = [
          ["kind", { kinds: [r.kind] }],
          ["modality", { modality: [r.modality] }],
          ["type", { anyTags: [], allTags: [], noneTags: [], acled: [], cameo: [] }],
          ["actors", { actors: [] }],
          ["notActors", { notActors: [] }],
          ["places", { places: [] }],
          ["words", { words: [] }],
          ["maxAge", { maxAgeDays: undefined }],
        ];
        why = checks
          .filter(([, o]) => patternFit(probe(p, o) as Pattern, r, at) > 0 || o.anyTags)
          .map(([n]) => n)
          .filter((n) => {
            const o = Object.fromEntries(checks)[n] as Partial<Pattern>;
            return patternFit(probe(p, o) as Pattern, r, at) > 0;
          })
          .join(",");
        why = why ? `passes if relaxed: ${why}` : "several";
      }
      if (fit > 0 || process.env.ALL) console.log(`   ${f.id}[${i}] ${p.pushes} fit=${fit} ${why}`);
    });
  }
}
