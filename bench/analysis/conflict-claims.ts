import path from "node:path";
import { claimsOf } from "../../src/core/themes/conflicts-claims.js";
import { collectReports } from "../../src/core/themes/reports.js";
import { ANALYSIS_DIR, loadCases } from "./cases.js";
import { runCase } from "./run-cases.js";

/**
 * For every annotated conflict of a set that the assessment does not show: each claim's sentence
 * and the reports built from it (kind, modality, tags, own date, anchors, unit and measure), with
 * the conflicts the assessment does show, to see why two claims were not linked.
 * Usage: tsx bench/analysis/conflict-claims.ts [set dir name] [case id prefix]
 */
const [set, prefix] = process.argv.slice(2);
const dir = set ? path.join(path.dirname(ANALYSIS_DIR), set) : ANALYSIS_DIR;
const { cases, articles } = loadCases(dir);
for (const c of cases.filter((x) => x.id.startsWith(prefix ?? "") && x.conflicts.length > 0)) {
  const { assessment, indexOf } = runCase(c, articles);
  const shown = assessment.conflicts.map((k) => new Set(k.claims.map((x) => `${x.articleId}#${x.sentence}`)));
  const { sourceDocument } = await import("./run-cases.js");
  const reports = collectReports(
    c.articles.flatMap((slug) => {
      const a = articles.get(slug);
      return a ? [sourceDocument(slug, a)] : [];
    }),
  );
  for (const k of c.conflicts) {
    const keys = k.claims.map((x) => `${x.article}#${indexOf(x.article, x.sentence)}`);
    if (shown.some((s) => keys.filter((x) => s.has(x)).length >= 2)) continue;
    console.log(`\n## ${c.id}: ${k.topic.slice(0, 140)}`);
    for (const key of keys) {
      const rs = reports.filter((r) => r.key === key);
      console.log(`  ${key}: ${rs[0]?.sentenceText ?? "(no report)"}`);
      for (const f of claimsOf(rs))
        console.log(
          `     claim ${f.kind} [${f.lo}, ${f.hi}] window=${new Date(f.said.window[0]).toISOString().slice(0, 10)}..${new Date(f.said.window[1]).toISOString().slice(0, 10)}${f.said.dated ? "" : " (article)"} places=${f.said.places.map((p) => p.name).join("|")} speakers=${[...f.said.speakers].join("|")}${f.said.cumulative ? " cumulative" : ""}${f.said.correction ? " correction" : ""}`,
        );
      for (const r of rs)
        console.log(
          `     ${r.kind} ${r.modality} [${r.tags.join(",")}] ${r.codes?.acled?.eventType ?? ""} date=${r.date}${r.ownDate ? " own" : ""}${r.ownDay ? " day" : ""} story=${r.story?.day ?? ""} anchors=${r.anchors.join("|")} ${r.value ?? ""} ${r.unit ?? ""} ${r.measures ?? ""}${r.period ? " period" : ""} src=${r.sourceKey} "${r.text.slice(0, 60)}"`,
        );
    }
  }
  for (const k of assessment.conflicts)
    console.log(
      `  shown: ${k.topic} ${k.claims.map((x) => `${x.articleId}#${x.sentence}:${x.stance}`).join(" ")}`,
    );
}
