import path from "node:path";
import { ANALYSIS_DIR, loadCases } from "./cases.js";
import { runCase, sourceDocument } from "./run-cases.js";

/**
 * Shows one analytic case the way the assessment saw it: every sentence of its articles with the
 * facts extracted from it (kind, tags, codes, modality, entities), where the briefing cited it, and
 * the conflicts it shows. Usage: tsx bench/analysis/inspect.ts <case id prefix> [set dir name]
 */
const [prefix, set] = process.argv.slice(2);
const dir = set ? path.join(path.dirname(ANALYSIS_DIR), set) : ANALYSIS_DIR;
const { cases, articles } = loadCases(dir);
const c = cases.find((x) => x.id.startsWith(prefix ?? ""));
if (!c) throw new Error(`no case ${prefix}`);
const { assessment } = runCase(c, articles);
const citedAt = new Map<string, string[]>();
for (const f of assessment.factors)
  for (const e of f.evidence) citedAt.set(e.key, [...(citedAt.get(e.key) ?? []), `${f.role}:${f.id}`]);
for (const slug of c.articles) {
  const a = articles.get(slug);
  if (!a) continue;
  const { facts } = sourceDocument(slug, a);
  const names = new Map(facts.entities.map((e) => [e.id, e.name]));
  console.log(`\n=== ${slug} (${a.source}, ${a.publishedAt})`);
  for (const s of facts.sentences) {
    const key = `${slug}#${s.index}`;
    console.log(`\n[${s.index}] ${s.text}`);
    const cites = citedAt.get(key);
    if (cites) console.log(`   CITED ${cites.join(", ")}`);
    for (const f of facts.facts.filter((x) => x.sentence === s.index))
      console.log(
        `   - ${f.kind} ${f.modality} [${(f.tags ?? []).join(",")}] ${f.codes?.acled?.eventType ?? ""} ${f.date?.value ?? ""} {${f.entities.map((id) => names.get(id)).join("; ")}} ${f.value ?? ""}${f.measures ? ` ${f.measures}` : ""}`,
      );
  }
}
console.log("\n=== judgments");
for (const j of assessment.judgments) console.log(j.id, j.probability, j.reasons?.join(" | "));
console.log("\n=== conflicts");
for (const k of assessment.conflicts)
  console.log(
    k.topic,
    k.claims.map((x) => `${x.articleId}#${x.sentence} ${x.stance}`),
  );
console.log("\n=== unused", assessment.unused);
