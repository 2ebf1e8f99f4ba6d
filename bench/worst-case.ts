import { performance } from "node:perf_hooks";
import { MAX_ARTICLE_TEXT_BYTES } from "../src/core/articles/article.js";
import { MAX_ARTICLES_PER_BRIEFING } from "../src/core/briefings/generate-briefing.js";
import {
  hostileFacts,
  hostileSource,
  loadBriefingKit,
  renderBriefing,
} from "../tests/support/hostile-briefing.js";
import { HOSTILE_GENERATORS } from "../tests/support/hostile-text.js";
import { printTable } from "./table.js";

/**
 * `npx tsx bench/worst-case.ts [name...]`: for each hostile generator of tests/support/hostile-text.ts
 * at full size (MAX_ARTICLE_TEXT_BYTES), the time to extract its facts and the time to assess,
 * compose and render (HTML, no Chromium) a briefing of it against the isis-prison-escape theme;
 * then a briefing of MAX_ARTICLES_PER_BRIEFING such articles (the long sentence's facts under 25
 * ids). Work that grows faster than the input shows here as seconds rather than milliseconds,
 * and in the "growth" column: the extraction time at full size over that at a quarter of it
 * (about 4 when the work is linear, 16 when quadratic).
 */

const THEME = "isis-prison-escape";
const only = process.argv.slice(2);
const kit = await loadBriefingKit();
// Warm up: the first extraction loads the part-of-speech model, which no generator should pay for.
renderBriefing(kit, THEME, [hostileSource("Warm up.", hostileFacts("Guards at the Hasakah prison fled."))]);
const ms = (n: number) => `${n.toFixed(0)} ms`;

const rows: string[][] = [];
let worstExtract = 0;
let worstCompose = 0;
for (const [name, generate] of Object.entries(HOSTILE_GENERATORS)) {
  if (only.length > 0 && !only.includes(name)) continue;
  const text = generate(MAX_ARTICLE_TEXT_BYTES);
  let t = performance.now();
  const facts = hostileFacts(text);
  const extract = performance.now() - t;
  t = performance.now();
  const html = renderBriefing(kit, THEME, [hostileSource(text, facts)]);
  const compose = performance.now() - t;
  t = performance.now();
  hostileFacts(generate(MAX_ARTICLE_TEXT_BYTES / 4));
  const quarter = performance.now() - t;
  worstExtract = Math.max(worstExtract, extract);
  worstCompose = Math.max(worstCompose, compose);
  rows.push([
    name,
    String(Buffer.byteLength(text)),
    String(facts.sentences.length),
    String(facts.entities.length),
    String(facts.quotes.length),
    String(facts.facts.length),
    ms(extract),
    (extract / Math.max(quarter, 1)).toFixed(1),
    ms(compose),
    String(html),
  ]);
  console.error(`${name}: extract ${ms(extract)}, assess+compose+render ${ms(compose)}`);
}

// Briefings of MAX_ARTICLES_PER_BRIEFING full-size hostile articles: the long sentence, and the
// quote flood (tens of thousands of relevant sentences from 25 sources).
for (const name of ["longSentence", "quotes", "numbers"]) {
  if (only.length > 0 && !only.includes(`briefing25-${name}`) && !only.includes("briefing25")) continue;
  const generate = HOSTILE_GENERATORS[name];
  if (!generate) throw new Error(`no ${name} generator`);
  const text = generate(MAX_ARTICLE_TEXT_BYTES);
  const facts = hostileFacts(text);
  const sources = Array.from({ length: MAX_ARTICLES_PER_BRIEFING }, (_, i) =>
    hostileSource(text, facts, i.toString(16).padStart(16, "0")),
  );
  const t = performance.now();
  const html = renderBriefing(kit, THEME, sources);
  const compose = performance.now() - t;
  worstCompose = Math.max(worstCompose, compose);
  rows.push([
    `${MAX_ARTICLES_PER_BRIEFING} × ${name}`,
    String(Buffer.byteLength(text) * MAX_ARTICLES_PER_BRIEFING),
    String(facts.sentences.length * MAX_ARTICLES_PER_BRIEFING),
    String(facts.entities.length * MAX_ARTICLES_PER_BRIEFING),
    String(facts.quotes.length * MAX_ARTICLES_PER_BRIEFING),
    String(facts.facts.length * MAX_ARTICLES_PER_BRIEFING),
    "-",
    "",
    ms(compose),
    String(html),
  ]);
  console.error(`${MAX_ARTICLES_PER_BRIEFING} × ${name}: assess+compose+render ${ms(compose)}`);
}
rows.push(["worst", "", "", "", "", "", ms(worstExtract), "", ms(worstCompose), ""]);

printTable(
  [
    "generator",
    "bytes",
    "sentences",
    "entities",
    "quotes",
    "facts",
    "extract",
    "growth",
    "assess+compose+render",
    "html chars",
  ],
  rows,
);
