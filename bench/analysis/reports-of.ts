import path from "node:path";
import { collectReports } from "../../src/core/themes/reports.js";
import { ANALYSIS_DIR, loadCases } from "./cases.js";
import { sourceDocument } from "./run-cases.js";

/**
 * Prints the reports the assessment builds for some sentences of a case: tags, modality, entities,
 * anchors, setting and dates, to see why two reports are or are not one event.
 * Usage: tsx bench/analysis/reports-of.ts <case id prefix> <set dir name> <article#sentence>...
 */
const [prefix, set, ...keys] = process.argv.slice(2);
const dir = set ? path.join(path.dirname(ANALYSIS_DIR), set) : ANALYSIS_DIR;
const { cases, articles } = loadCases(dir);
const c = cases.find((x) => x.id.startsWith(prefix ?? ""));
if (!c) throw new Error(`no case ${prefix}`);
const docs = c.articles.flatMap((slug) => {
  const a = articles.get(slug);
  return a ? [sourceDocument(slug, a)] : [];
});
for (const r of collectReports(docs).filter((x) => keys.includes(x.key)))
  console.log(
    r.key,
    r.kind,
    r.modality,
    `[${r.tags.join(",")}]`,
    `entities=${r.entities.map((e) => `${e.name}(${e.lexiconId ?? e.type})`).join("; ")}`,
    `anchors=${r.anchors.join("|")}`,
    `setting=${r.setting.map((e) => e.name).join("|")}`,
    `date=${r.date} own=${r.ownDate} day=${r.ownDay} source=${r.sourceKey}`,
  );
