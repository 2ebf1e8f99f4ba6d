/**
 * `npx tsx bench/chromium-split.ts [worktree] [briefings] [concurrency]`: where Chromium's CPU goes
 * per briefing served over HTTP, by process and thread. Starts the worktree's server (this one's
 * unless named) as bench/ab-http.ts does, warms it, then sends `briefings` (30) requests for the
 * reference briefing, `concurrency` (1) at a time, and reads every Chromium thread's CPU time
 * before and after from /proc (schedstat, nanoseconds). Processes are named by their `--type=`
 * (the browser has none; a utility process by its sub-type), threads by their name, so a GPU or
 * utility process, or a renderer's raster or compositor thread, shows up with its share. A
 * thread or process that ended within the window is missing from the thread rows; the
 * process-level rows (clock ticks, reaped children included) still count it.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { descendants } from "../tests/support/server-process.js";
import { startBenchServer } from "./bench-server.js";
import { referenceBriefingRequest } from "./reference.js";
import { closedLoop, cpuTicks, cpuTicksWithReaped, median, round } from "./stats.js";

const tree = path.resolve(process.argv[2] ?? ".");
const n = Number(process.argv[3] ?? 30);
const concurrency = Number(process.argv[4] ?? 1);

const read = (file: string) => {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
};

/** A process's kind: `browser`, `renderer`, `gpu-process`, `utility:<sub-type>`, … */
function kind(pid: number): string {
  // Chromium rewrites its children's command lines into one space-separated string.
  const args = read(`/proc/${pid}/cmdline`).split(/[\0 ]/);
  const type = args.find((a) => a.startsWith("--type="))?.slice(7);
  if (!type) return /chrom/.test(args[0] ?? "") ? "browser" : (path.basename(args[0] ?? "?") ?? "?");
  const sub = args.find((a) => a.startsWith("--utility-sub-type="))?.slice(19);
  return sub ? `${type}:${sub}` : type;
}

/** CPU ns of every live thread of `pids`, keyed `kind/pid/tid name`. */
function threads(pids: number[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const pid of pids) {
    const k = kind(pid);
    let tids: string[] = [];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      const ns = Number(read(`/proc/${pid}/task/${tid}/schedstat`).split(" ")[0] ?? 0);
      const name = read(`/proc/${pid}/task/${tid}/comm`).trim();
      out.set(`${k}\t${pid}\t${tid}\t${name}`, ns);
    }
  }
  return out;
}

const server = await startBenchServer(tree, concurrency);
const pid = server.pid;
try {
  const request = await referenceBriefingRequest(server.base);
  const briefing = async () => (await request()).ms;
  for (let i = 0; i < 8; i++) await Promise.all(Array.from({ length: concurrency }, briefing));
  const chromium = () =>
    descendants(pid).filter((p) => kind(p) !== "?" && /chrom/.test(read(`/proc/${p}/cmdline`)));
  const pidsBefore = chromium();
  const ticksBefore = new Map(pidsBefore.map((p) => [p, cpuTicksWithReaped(p)]));
  const before = threads(pidsBefore);
  const run = await closedLoop(concurrency, n, briefing);
  const pidsAfter = chromium();
  const after = threads(pidsAfter);
  const ticksAfter = new Map(pidsAfter.map((p) => [p, cpuTicksWithReaped(p)]));
  const count = run.times.length;
  const perBriefing = (ns: number) => round(ns / 1e6 / count, 1);
  // Process level, in clock ticks (10 ms), reaped children included: counts what ended.
  const byProcess: Record<string, number> = {};
  for (const [p, t] of ticksAfter) {
    const k = `${kind(p)} ${p}`;
    byProcess[k] = round(((t - (ticksBefore.get(p) ?? 0)) * 10) / count, 1);
  }
  let chromiumMs = 0;
  for (const v of Object.values(byProcess)) chromiumMs += v;
  // Thread level, in nanoseconds, live threads only.
  const byThread = new Map<string, number>();
  const byKind = new Map<string, number>();
  for (const [key, ns] of after) {
    const d = ns - (before.get(key) ?? 0);
    const [k, , , name] = key.split("\t");
    const tk = `${k} / ${name}`;
    byThread.set(tk, (byThread.get(tk) ?? 0) + d);
    byKind.set(k ?? "?", (byKind.get(k ?? "?") ?? 0) + d);
  }
  const serverTicks = cpuTicks(pid);
  console.log(
    JSON.stringify(
      {
        tree,
        briefings: count,
        concurrency,
        p50Ms: round(median(run.times)),
        processes: {
          before: pidsBefore.map((p) => `${kind(p)} ${p}`),
          after: pidsAfter.map((p) => `${kind(p)} ${p}`),
        },
        chromiumMsPerBriefing: round(chromiumMs, 1),
        byProcessTicksMsPerBriefing: byProcess,
        byKindMsPerBriefing: Object.fromEntries([...byKind].map(([k, v]) => [k, perBriefing(v)])),
        byThreadMsPerBriefing: Object.fromEntries(
          [...byThread]
            .sort((a, b) => b[1] - a[1])
            .filter(([, v]) => v / 1e6 / count >= 0.2)
            .map(([k, v]) => [k, perBriefing(v)]),
        ),
        serverTicks,
        load: read("/proc/loadavg").trim(),
      },
      null,
      2,
    ),
  );
} finally {
  await server.stop();
}
