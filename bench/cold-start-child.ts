/**
 * One cold start, as a new process sees it: load the code, build the container (templates,
 * fonts, map data, S3 client), launch Chromium (unpacking it first if /tmp has no copy), render
 * the reference briefing and store it. Prints the milestones, in ms since the process began.
 */
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

const since = () => Math.round(performance.now());
const marks: Record<string, number> = { codeLoading: since() };

const { loadConfig } = await import("../src/config.js");
const { buildContainer, briefingDeps, ingestDeps } = await import("../src/container.js");
const { createLogger } = await import("../src/logger.js");
const { ingestArticle } = await import("../src/core/articles/ingest-article.js");
const { generateBriefing } = await import("../src/core/briefings/generate-briefing.js");
marks.codeLoaded = since();

const dataDir = await mkdtemp(path.join(tmpdir(), "cold-start-"));
const container = await buildContainer(loadConfig({ DATA_DIR: dataDir }), { logger: createLogger("silent") });
marks.containerReady = since();

const text = readFileSync(
  path.resolve(import.meta.dirname, "../tests/fixtures/corpus/000_171affacc770eeff.txt"),
  "utf8",
);
const { article } = await ingestArticle(ingestDeps(container.components), {
  title: "Iraq fortifies its Syrian border",
  text,
});
const manifest = await generateBriefing(
  briefingDeps(container.components),
  { theme: "isis-prison-escape", articleIds: [article.id] },
  { deadlineMs: container.config.browser.renderTimeoutMs },
);
marks.firstPdfStored = since();

await container.close();
await rm(dataDir, { recursive: true, force: true });
console.log(JSON.stringify({ marks, pages: manifest.pdf.pages }));
