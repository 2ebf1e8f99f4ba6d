import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { treeMemory } from "../src/adapters/browser/process-memory.js";
import { startBuiltServer } from "../tests/support/server-process.js";
import { referenceBriefingRequest } from "./reference.js";
import { closedLoop, median, percentile, round } from "./stats.js";

/**
 * `POST /v1/briefings` against the local server (`npm start`, embedded S3, its own Chromium), at
 * each concurrency: `perClient` briefings per client after one warm-up each. Reports p50/p95
 * latency, briefings per second, and the peak memory of the server and its Chromium processes at
 * the highest concurrency, twice: RSS summed over the processes (`peakRssMb`, which counts
 * Chromium's shared binary and libraries once per process) and PSS (`peakPssMb`, each shared
 * page split between its processes: what they really use). CHROMIUM_PROCESS_MODEL and
 * PRINT_CONCURRENCY, when set, reach the server.
 */
export async function runHttpBench(concurrencies = [1, 2, 4], perClient = 6) {
  const dataDir = await mkdtemp(path.join(tmpdir(), "bench-http-"));
  // Built and started as `npm start` runs it.
  const server = await startBuiltServer({
    PORT: "0",
    DATA_DIR: dataDir,
    RENDER_CONCURRENCY: String(Math.max(...concurrencies)),
    RENDER_QUEUE_LIMIT: "16",
    RATE_LIMIT_PER_KEY: "off",
    RATE_LIMIT_PER_ADDRESS: "off",
    LOG_LEVEL: "error",
  });
  const pid = server.proc.pid ?? 0;
  try {
    const request = await referenceBriefingRequest(server.base);
    let pdfBytes = 0;
    const briefing = async () => {
      const { ms, manifest } = await request();
      pdfBytes = manifest.pdf.bytes;
      return ms;
    };
    const out: Record<string, unknown> = {};
    for (const c of concurrencies) {
      await Promise.all(Array.from({ length: c }, briefing)); // warm-up: a page per client
      const peak = { rssMb: 0, pssMb: 0 };
      // Memory is sampled only where it is reported: reading smaps_rollup of every process ten
      // times a second takes a tenth of a core, which a 2-core machine would take from the
      // server at c=1 and c=2, whose throughput is compared.
      const sampled = c === Math.max(...concurrencies);
      const sampler = sampled
        ? setInterval(() => {
            const m = treeMemory(pid);
            peak.rssMb = Math.max(peak.rssMb, m.rssMb);
            peak.pssMb = Math.max(peak.pssMb, m.pssMb);
          }, 100)
        : undefined;
      const { times, wallMs: wall } = await closedLoop(c, perClient, briefing);
      clearInterval(sampler);
      out[`c${c}`] = {
        p50Ms: round(median(times)),
        p95Ms: round(percentile(times, 0.95)),
        perSecond: round((times.length / wall) * 1000, 2),
        ...(sampled ? { peakRssMb: round(peak.rssMb), peakPssMb: round(peak.pssMb) } : {}),
      };
    }
    return { ...out, pdfBytes };
  } finally {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
