import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadConfig } from "../src/config.js";
import { briefingDeps, buildContainer, ingestDeps } from "../src/container.js";
import { ingestArticle } from "../src/core/articles/ingest-article.js";
import type { BriefingDeps } from "../src/core/briefings/generate-briefing.js";
import { createLogger } from "../src/logger.js";
import { REFERENCE_TITLE, referenceText } from "./reference.js";

/**
 * The service's own container over a fresh embedded store, with the reference article ingested:
 * what the in-process benches brief from. The container is closed and its store removed after
 * `run`, whatever it does.
 */
export async function withReferenceContainer<T>(
  name: string,
  run: (deps: BriefingDeps, articleId: string) => Promise<T>,
): Promise<T> {
  const dataDir = await mkdtemp(path.join(tmpdir(), `bench-${name}-`));
  const container = await buildContainer(loadConfig({ DATA_DIR: dataDir }), {
    logger: createLogger("silent"),
  });
  try {
    const { article } = await ingestArticle(ingestDeps(container.components), {
      title: REFERENCE_TITLE,
      text: referenceText(),
    });
    return await run(briefingDeps(container.components), article.id);
  } finally {
    await container.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
