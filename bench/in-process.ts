import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadConfig } from "../src/config.js";
import { briefingDeps, buildContainer, ingestDeps } from "../src/container.js";
import { ingestArticle } from "../src/core/articles/ingest-article.js";
import { generateBriefing } from "../src/core/briefings/generate-briefing.js";
import { createLogger } from "../src/logger.js";
import { REFERENCE_THEME, REFERENCE_TITLE, referenceText } from "./reference.js";
import { median, round, timed } from "./stats.js";

/**
 * Ours in-process: the use case from stored facts to stored PDF (read, compose, print, finish,
 * store in the embedded S3), as the local server's container wires it, without HTTP.
 */
export async function runInProcessBench(runs = 7, warmup = 2) {
  const dataDir = await mkdtemp(path.join(tmpdir(), "bench-in-process-"));
  const container = await buildContainer(loadConfig({ DATA_DIR: dataDir }), {
    logger: createLogger("silent"),
  });
  try {
    const { article } = await ingestArticle(ingestDeps(container.components), {
      title: REFERENCE_TITLE,
      text: referenceText(),
    });
    const deps = briefingDeps(container.components);
    let pdfBytes = 0;
    let pages = 0;
    const times = await timed(runs, warmup, async () => {
      const manifest = await generateBriefing(
        deps,
        { theme: REFERENCE_THEME, articleIds: [article.id] },
        { deadlineMs: 60_000 },
      );
      pdfBytes = manifest.pdf.bytes;
      pages = manifest.pdf.pages;
    });
    return { medianMs: round(median(times)), pdfBytes, pages };
  } finally {
    await container.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
