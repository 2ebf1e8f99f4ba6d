/**
 * `npm run bench [section...] [--smoke] [--out dir]`: the speed figures of scenario-brief,
 * measured in one run on this machine on one briefing HTML, and reported as ratios where absolute
 * times would drift with the machine's load. Writes <out>/latest.json and <out>/latest.md
 * (bench/results by default). `--smoke` runs every section once, untimed in spirit: it only shows
 * the bench still works. Not a test: nothing here fails a build.
 */
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { measureDir } from "../scripts/build/zip-size.js";
import { node22 } from "../tests/lambda/support/node22.js";
import { runColdStartBench } from "./cold-start.js";
import { runComposeCpuBench } from "./compose-cpu.js";
import { runHttpBench } from "./http.js";
import { runInProcessBench } from "./in-process.js";
import { runNodeCpuBench } from "./node-cpu.js";
import { runPipelineBench } from "./pipeline.js";
import { runPrintVariants } from "./print-variants.js";
import { summaryTable } from "./summary.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const smoke = args.includes("--smoke");
const outAt = args.indexOf("--out");
const outDir = outAt >= 0 ? path.resolve(args[outAt + 1] ?? ".") : path.join(ROOT, "bench/results");
const only = args.filter((a, i) => !a.startsWith("--") && i !== outAt + 1);
const wanted = (name: string) => only.length === 0 || only.includes(name);
/** Timed runs and warm-up runs of each section. */
const runs = smoke ? 1 : 7;
const warmup = smoke ? 0 : 2;

async function bundleSizes() {
  const dirs = { http: "dist/lambda/http", job: "dist/lambda/job", chromiumLayer: "dist/layer/chromium" };
  const out: Record<string, unknown> = {};
  for (const [name, dir] of Object.entries(dirs)) {
    const full = path.join(ROOT, dir);
    out[name] = existsSync(full) ? await measureDir(full) : "not built: run `npm run build` first";
  }
  return out;
}

const results: Record<string, unknown> = {
  when: new Date().toISOString(),
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, load: os.loadavg() },
  smoke,
};

if (wanted("extract") && !smoke && existsSync(path.join(ROOT, "bench/extract.ts"))) {
  // Named through a variable: the extractor's bench is its own module and may be absent.
  const extractBench = "./extract.js";
  const { runExtractBench } = (await import(extractBench)) as {
    runExtractBench: () => Promise<unknown> | unknown;
  };
  results.extract = await runExtractBench();
}
if (wanted("pipeline")) results.pipeline = await runPipelineBench(smoke ? 1 : 8);
// Composition's CPU time, for the reference article briefed again (what the HTTP bench repeats:
// the readings kept per text are warm) and for articles briefed the first time (cold).
if (wanted("compose")) results.compose = await runComposeCpuBench(smoke ? 1 : 20, smoke ? 1 : 40);
if (wanted("print")) results.print = await runPrintVariants(runs, warmup);
if (wanted("in-process")) results.inProcess = await runInProcessBench(runs, warmup);
// CPU time of this Node process per briefing: the steadier figure when the machine is shared.
if (wanted("node-cpu")) results.nodeCpu = await runNodeCpuBench(smoke ? 1 : 20, smoke ? 0 : 3);
if (wanted("http")) results.http = await runHttpBench(smoke ? [1] : [1, 2, 4], smoke ? 1 : 6);
// The bundle on Lambda's Node 22 (fetched once from the npm registry, as the Lambda harness does):
// the compile cache the build ships is only used by the Node that trained it.
if (wanted("cold-start"))
  results.coldStart = await runColdStartBench(smoke ? 1 : 3, {
    node: path.join(await node22(ROOT), "bin", "node"),
  });
if (wanted("bundle")) results.bundle = await bundleSizes();

await mkdir(outDir, { recursive: true });
await writeFile(path.join(outDir, "latest.json"), `${JSON.stringify(results, null, 2)}\n`);
const md = [
  "# Benchmark results",
  "",
  `Measured ${results.when} on ${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}, Node ${process.version}, load ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(
      " ",
    )}. The machine is shared: compare ratios within this run, not absolute times across runs. Every time is a median after warm-up.`,
  "",
  ...summaryTable(results),
  ...Object.entries(results)
    .filter(([k]) => !["when", "machine", "smoke"].includes(k))
    .flatMap(([k, v]) => [`## ${k}`, "", "```json", JSON.stringify(v, null, 2), "```", ""]),
].join("\n");
await writeFile(path.join(outDir, "latest.md"), md);
console.log(md);
