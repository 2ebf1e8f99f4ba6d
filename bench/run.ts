/**
 * `npm run bench`: the speed figures of scenario-brief, measured in one run on this machine and
 * reported as ratios where absolute times would drift with the machine's load. Writes
 * bench/results/latest.json and bench/results/latest.md. Not a test: nothing here fails a build.
 */
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { measureDir } from "../scripts/build/zip-size.js";
import { runColdStartBench } from "./cold-start.js";
import { runPipelineBench } from "./pipeline.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const only = process.argv.slice(2);
const wanted = (name: string) => only.length === 0 || only.includes(name);

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
};

if (wanted("extract") && existsSync(path.join(ROOT, "bench/extract.ts"))) {
  // Named through a variable: the extractor's bench is its own module and may be absent.
  const extractBench = "./extract.js";
  const { runExtractBench } = (await import(extractBench)) as {
    runExtractBench: () => Promise<unknown> | unknown;
  };
  results.extract = await runExtractBench();
}
if (wanted("pipeline")) results.pipeline = await runPipelineBench();
if (wanted("cold-start")) results.coldStart = await runColdStartBench();
if (wanted("bundle")) results.bundle = await bundleSizes();

await mkdir(path.join(ROOT, "bench/results"), { recursive: true });
await writeFile(path.join(ROOT, "bench/results/latest.json"), `${JSON.stringify(results, null, 2)}\n`);
const md = [
  "# Benchmark results",
  "",
  `Measured ${results.when} on ${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}, Node ${process.version}, load ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}. The machine is shared: compare ratios within this run, not absolute times across runs.`,
  "",
  ...Object.entries(results)
    .filter(([k]) => k !== "when" && k !== "machine")
    .flatMap(([k, v]) => [`## ${k}`, "", "```json", JSON.stringify(v, null, 2), "```", ""]),
].join("\n");
await writeFile(path.join(ROOT, "bench/results/latest.md"), md);
console.log(md);
