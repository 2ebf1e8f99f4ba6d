import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { extractFacts } from "../src/core/facts/extract-facts.js";
import { evaluateFacts } from "./extraction/evaluate.js";
import { GoldArticle } from "./extraction/gold.js";

/**
 * One corpus set's entity and speaker misses, with each wrong quote's gold speakers, in seconds
 * rather than the full eval's minutes:
 *   npx tsx bench/set-details.ts tests/fixtures/corpus-heldout65 [article-prefix] [--ents] [--quotes]
 * `--ents` and `--quotes` also list what the extractor found.
 */

const dir = process.argv[2] ?? "tests/fixtures/corpus-heldout65";
const only = process.argv[3]?.startsWith("--") ? undefined : process.argv[3];
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()) {
  if (only && !file.startsWith(only)) continue;
  const name = file.replace(/\.txt$/, "");
  const text = readFileSync(path.join(dir, file), "utf8");
  const gold = GoldArticle.parse(JSON.parse(readFileSync(path.join(dir, `${name}.gold.json`), "utf8")));
  const doc = extractFacts({ id: name, title: name, text });
  const s = evaluateFacts(doc, gold);
  const { entities: e, quotes: q } = s;
  console.log(
    `\n== ${name.slice(0, 48)}  P ${e.correct}/${e.extracted}  R ${e.required.found}/${e.required.total}  speaker ${q.attributed}/${q.total}`,
  );
  for (const m of e.missing) console.log(`  missing: ${m}`);
  for (const m of e.spurious) console.log(`  spurious: ${m}`);
  for (const p of q.problems) {
    const start = p.replace(/^.*?\): /, "").slice(0, 40);
    const gq = gold.quotes.find((x) => x.text.startsWith(start));
    console.log(`  ${p}\n      gold: ${gq?.speaker.join(" | ") ?? "?"}`);
  }
  if (process.argv.includes("--ents"))
    for (const x of doc.entities) console.log(`   E ${x.type} ${x.name} [${x.aliases.join("; ")}]`);
  if (process.argv.includes("--quotes"))
    for (const x of doc.quotes) console.log(`   Q ${x.kind} ${x.speaker.name}: ${x.text.slice(0, 70)}`);
}
