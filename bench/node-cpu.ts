/**
 * `npx tsx bench/node-cpu.ts [briefings]`: the CPU time this Node process spends per briefing of
 * the reference article, in process (the service's own container: composition, map, print
 * orchestration, PDF finish, storage to the embedded S3), Chromium's processes excluded. CPU time,
 * not wall time: what a second request has to share the cores with, and the steadier figure on a
 * shared machine.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadConfig } from "../src/config.js";
import { briefingDeps, buildContainer, ingestDeps } from "../src/container.js";
import { ingestArticle } from "../src/core/articles/ingest-article.js";
import { generateBriefing } from "../src/core/briefings/generate-briefing.js";
import { createLogger } from "../src/logger.js";
import { REFERENCE_THEME, REFERENCE_TITLE, referenceText } from "./reference.js";
import { median, round } from "./stats.js";

export async function runNodeCpuBench(briefings = 20, warmup = 3) {
  const dataDir = await mkdtemp(path.join(tmpdir(), "bench-node-cpu-"));
  const container = await buildContainer(loadConfig({ DATA_DIR: dataDir }), {
    logger: createLogger("silent"),
  });
  try {
    const { article } = await ingestArticle(ingestDeps(container.components), {
      title: REFERENCE_TITLE,
      text: referenceText(),
    });
    const deps = briefingDeps(container.components);
    const cpu: number[] = [];
    for (let i = 0; i < warmup + briefings; i++) {
      const before = process.cpuUsage();
      await generateBriefing(
        deps,
        { theme: REFERENCE_THEME, articleIds: [article.id] },
        { deadlineMs: 60_000 },
      );
      const used = process.cpuUsage(before);
      if (i >= warmup) cpu.push((used.user + used.system) / 1000);
    }
    return { briefings, nodeCpuMsPerBriefing: round(median(cpu)), minMs: round(Math.min(...cpu)) };
  } finally {
    await container.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await runNodeCpuBench(Number(process.argv[2] ?? 20)), null, 2));
}
