/**
 * `npx tsx bench/node-cpu.ts [briefings]`: the CPU time this Node process spends per briefing of
 * the reference article, in process (the service's own container: composition, map, print
 * orchestration, PDF finish, storage to the embedded S3), Chromium's processes excluded. CPU time,
 * not wall time: what a second request has to share the cores with, and the steadier figure on a
 * shared machine.
 */
import { generateBriefing } from "../src/core/briefings/generate-briefing.js";
import { REFERENCE_THEME } from "./reference.js";
import { withReferenceContainer } from "./reference-container.js";
import { median, round } from "./stats.js";

export function runNodeCpuBench(briefings = 20, warmup = 3) {
  return withReferenceContainer("node-cpu", async (deps, articleId) => {
    const cpu: number[] = [];
    for (let i = 0; i < warmup + briefings; i++) {
      const before = process.cpuUsage();
      await generateBriefing(
        deps,
        { theme: REFERENCE_THEME, articleIds: [articleId] },
        { deadlineMs: 60_000 },
      );
      const used = process.cpuUsage(before);
      if (i >= warmup) cpu.push((used.user + used.system) / 1000);
    }
    return { briefings, nodeCpuMsPerBriefing: round(median(cpu)), minMs: round(Math.min(...cpu)) };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await runNodeCpuBench(Number(process.argv[2] ?? 20)), null, 2));
}
