/**
 * `npx tsx bench/profile-concurrency.ts [concurrency] [briefings per client] [--cpu-prof]`: where a
 * briefing's CPU time and memory go while `concurrency` clients post `POST /v1/briefings` to the
 * local server. Reports, per briefing, the CPU time of the server process (event loop, worker
 * threads, embedded S3 and DynamoDB) and of each kind of Chromium process, how many cores the run
 * kept busy, and the peak RSS of each. With `--cpu-prof` the server writes a V8 CPU profile per
 * thread, summarised by self time per function. Extra environment for the server may be given as
 * NAME=value arguments (e.g. RENDER_CONCURRENCY=1). KEEP_PROF=1 keeps the profiles and prints where the
 * measured loop lies in them, for a closer reading (by stack, by category) than the summary.
 */
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { processMemoryKb } from "../src/adapters/browser/process-memory.js";
import { descendants, startBuiltServer, startFlags, startProcess } from "../tests/support/server-process.js";
import { referenceBriefingRequest } from "./reference.js";
import { closedLoop, cpuTicks, median, round } from "./stats.js";

const args = process.argv.slice(2);
const positional = args.filter((a) => !a.startsWith("--") && !a.includes("="));
const concurrency = Number(positional[0] ?? 2);
const perClient = Number(positional[1] ?? 6);
const cpuProf = args.includes("--cpu-prof");
const extraEnv = Object.fromEntries(
  args.filter((a) => a.includes("=")).map((a) => [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)]),
);
const TICK = 100; // USER_HZ on Linux

function kindOf(pid: number, server: number): string {
  if (pid === server) return "server";
  let cmd = "";
  try {
    cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8");
  } catch {
    return "gone";
  }
  if (!/chrom/.test(cmd)) return "other";
  const type = /--type=([a-z-]+)/.exec(cmd)?.[1];
  const sub = /--utility-sub-type=([\w.]+)/.exec(cmd)?.[1];
  return type ? `chromium ${type}${sub ? ` (${sub.split(".").pop()})` : ""}` : "chromium browser";
}

/** CPU ticks of each thread of a process, by thread name (Chromium and Node name theirs), the main thread apart. */
function threadTicks(pid: number): Map<string, number> {
  const out = new Map<string, number>();
  let tids: string[] = [];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
      const comm = stat
        .slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"))
        .replace(/[\d:]+$/, "")
        .trim();
      // Node names its main thread and its worker threads alike ("node"): the main thread is
      // the one whose id is the process's.
      const name = tid === String(pid) ? `${comm} (main)` : comm;
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      out.set(name, (out.get(name) ?? 0) + Number(f[11]) + Number(f[12]));
    } catch {
      // the thread ended
    }
  }
  return out;
}

const rss = (pid: number) => (processMemoryKb(pid)?.rssKb ?? 0) / 1024;

const profDir = await mkdtemp(path.join(tmpdir(), "bench-prof-"));
const dataDir = await mkdtemp(path.join(tmpdir(), "bench-conc-"));
const env = {
  PORT: "0",
  DATA_DIR: dataDir,
  RENDER_QUEUE_LIMIT: "16",
  RATE_LIMIT_PER_KEY: "off",
  RATE_LIMIT_PER_ADDRESS: "off",
  LOG_LEVEL: "error",
  ...extraEnv,
};
// The server as `npm start` runs it (built, with its Node flags). With --cpu-prof (refused in
// NODE_OPTIONS, so given on its command line) it runs from its sources instead, so that the
// profile's frames name the functions of src/ the summary charges.
const server = cpuProf
  ? await startProcess("src/server.ts", env, [], [...startFlags(), "--cpu-prof", `--cpu-prof-dir=${profDir}`])
  : await startBuiltServer(env);
const serverPid = server.proc.pid ?? 0;
// The measured window, so a CPU profile is read over the briefings only, not the start-up.
let window = { fromEndUs: 0, toEndUs: 0 };
let stoppedAt = 0;
let briefings = 1;
try {
  const request = await referenceBriefingRequest(server.base);
  const briefing = async () => (await request()).ms;
  // Warm-up: a page per client, twice.
  for (let i = 0; i < 2; i++) await Promise.all(Array.from({ length: concurrency }, briefing));

  const pids = () => [serverPid, ...descendants(serverPid)];
  const ticksAtStart = new Map(pids().map((p) => [p, cpuTicks(p)]));
  const threadsAtStart = new Map(pids().map((p) => [p, threadTicks(p)]));
  const lastThreads = new Map<number, Map<string, number>>();
  const peak = new Map<string, number>();
  const peakTotal = { mb: 0 };
  const sample = () => {
    const byKind = new Map<string, number>();
    let total = 0;
    for (const p of pids()) {
      const mb = rss(p);
      total += mb;
      const k = kindOf(p, serverPid);
      byKind.set(k, (byKind.get(k) ?? 0) + mb);
    }
    for (const [k, mb] of byKind) peak.set(k, Math.max(peak.get(k) ?? 0, mb));
    peakTotal.mb = Math.max(peakTotal.mb, total);
  };
  const lastTicks = new Map<number, number>();
  const sampler = setInterval(() => {
    sample();
    for (const p of pids()) {
      lastTicks.set(p, cpuTicks(p));
      lastThreads.set(p, threadTicks(p));
    }
  }, 100);
  const loopStart = performance.now();
  const { times, wallMs: wall } = await closedLoop(concurrency, perClient, briefing);
  const loopEnd = performance.now();
  clearInterval(sampler);
  for (const p of pids()) {
    lastTicks.set(p, cpuTicks(p));
    lastThreads.set(p, threadTicks(p));
  }
  // By thread, within each kind of process: which of Node's or Chromium's threads does the work
  // (a thread that ended before the last sample is counted up to its last sample).
  const cpuByThread = new Map<string, number>();
  for (const [p, threads] of lastThreads) {
    const k = kindOf(p, serverPid);
    const before = threadsAtStart.get(p);
    for (const [name, end] of threads) {
      const used = ((end - (before?.get(name) ?? 0)) * 1000) / TICK;
      const key = `${k}: ${name}`;
      cpuByThread.set(key, (cpuByThread.get(key) ?? 0) + used);
    }
  }
  const cpuByKind = new Map<string, number>();
  for (const [p, end] of lastTicks) {
    const k = kindOf(p, serverPid);
    const used = ((end - (ticksAtStart.get(p) ?? 0)) * 1000) / TICK;
    cpuByKind.set(k, (cpuByKind.get(k) ?? 0) + used);
  }
  const n = times.length;
  window = { fromEndUs: 0, toEndUs: 0 };
  window.fromEndUs = loopStart;
  window.toEndUs = loopEnd;
  briefings = n;
  const cpuTotal = [...cpuByKind.values()].reduce((a, b) => a + b, 0);
  console.log(
    JSON.stringify(
      {
        concurrency,
        briefings: n,
        p50Ms: round(median(times)),
        perSecond: round((n / wall) * 1000, 2),
        coresBusy: round(cpuTotal / wall, 2),
        cpuMsPerBriefing: Object.fromEntries(
          [...cpuByKind].sort((a, b) => b[1] - a[1]).map(([k, ms]) => [k, round(ms / n)]),
        ),
        cpuMsPerBriefingByThread: Object.fromEntries(
          [...cpuByThread]
            .filter(([, ms]) => ms / n >= 1)
            .sort((a, b) => b[1] - a[1])
            .map(([k, ms]) => [k, round(ms / n)]),
        ),
        peakRssMb: Object.fromEntries([...peak].sort((a, b) => b[1] - a[1]).map(([k, mb]) => [k, round(mb)])),
        peakRssTotalMb: round(peakTotal.mb),
      },
      null,
      2,
    ),
  );
  // Timing spans the server may print (lines starting "span "), last run only.
  const spans = server
    .output()
    .split("\n")
    .filter((l) => /^(span|SPANS|PRINT) /.test(l));
  if (spans.length) console.log(spans.slice(-3 * concurrency * perClient).join("\n"));
} finally {
  await server.stop();
  stoppedAt = performance.now();
  await rm(dataDir, { recursive: true, force: true });
}

if (cpuProf) {
  interface Node {
    id: number;
    children?: number[];
    callFrame: { functionName: string; url: string; lineNumber: number };
    hitCount?: number;
  }
  for (const file of readdirSync(profDir).filter((f) => f.endsWith(".cpuprofile"))) {
    const prof = JSON.parse(readFileSync(path.join(profDir, file), "utf8")) as {
      nodes: Node[];
      startTime: number;
      endTime: number;
      samples: number[];
      timeDeltas: number[];
    };
    // Samples within the measured loop only: the profile ends when the server stopped.
    const ends: number[] = [];
    let at = prof.startTime;
    for (const d of prof.timeDeltas) {
      at += d;
      ends.push(at);
    }
    const loopFrom = prof.endTime - (stoppedAt - window.fromEndUs) * 1000;
    const loopTo = prof.endTime - (stoppedAt - window.toEndUs) * 1000;
    prof.samples = prof.samples.filter((_, i) => (ends[i] ?? 0) >= loopFrom && (ends[i] ?? 0) <= loopTo);
    const total = prof.samples.length;
    const self = new Map<string, number>();
    const byFile = new Map<string, number>();
    const nodeById = new Map(prof.nodes.map((nd) => [nd.id, nd]));
    const parent = new Map<number, number>();
    for (const nd of prof.nodes) for (const c of nd.children ?? []) parent.set(c, nd.id);
    // Each busy sample charged to the nearest of our own functions up its stack (src/): which
    // step of ours leads to the work, wherever the work itself runs.
    const ours = new Map<string, number>();
    let busy = 0;
    for (const s of prof.samples) {
      const nd = nodeById.get(s);
      if (!nd) continue;
      if (nd.callFrame.functionName === "(idle)" || nd.callFrame.functionName === "(program)") continue;
      busy++;
      let up: Node | undefined = nd;
      while (up && !up.callFrame.url.includes("/src/")) up = nodeById.get(parent.get(up.id) ?? -1);
      const key = up
        ? `${up.callFrame.functionName || "(anonymous)"} ${up.callFrame.url.replace(/^.*\/src\//, "src/")}:${up.callFrame.lineNumber + 1}`
        : `(outside src) ${nd.callFrame.functionName === "(garbage collector)" ? "GC" : ""}`;
      ours.set(key, (ours.get(key) ?? 0) + 1);
    }
    for (const s of prof.samples) {
      const nd = nodeById.get(s);
      if (!nd) continue;
      const f = nd.callFrame;
      const where = f.url.replace(/^.*\/(node_modules\/(?:@[^/]+\/)?[^/]+|src|bench)\//, "$1/");
      const key = `${f.functionName || "(anonymous)"} ${where}:${f.lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + 1);
      const group = f.url
        ? where
            .split("/")
            .slice(0, f.url.includes("node_modules") ? 3 : 3)
            .join("/")
        : f.functionName;
      byFile.set(group, (byFile.get(group) ?? 0) + 1);
    }
    const top = (m: Map<string, number>, k: number) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, k)
        .map(([name, hits]) => `${((hits / total) * 100).toFixed(1).padStart(5)}%  ${name}`);
    console.log(
      `\n## ${file}: ${total} samples over ${((prof.endTime - prof.startTime) / 1e6).toFixed(1)} s`,
    );
    const msPer = (hits: number) =>
      (((hits / Math.max(total, 1)) * (window.toEndUs - window.fromEndUs)) / briefings).toFixed(1);
    console.log(`busy: ${msPer(busy)} ms per briefing; by our nearest function (ms per briefing):`);
    console.log(
      [...ours]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 25)
        .map(([k, h]) => `${msPer(h).padStart(7)}  ${k}`)
        .join("\n"),
    );
    console.log("by file:");
    console.log(top(byFile, 25).join("\n"));
    console.log("by function (self):");
    console.log(top(self, 25).join("\n"));
  }
}
if (process.env.KEEP_PROF)
  console.log(
    `profiles kept in ${profDir}; loop from ${stoppedAt - window.fromEndUs} to ${stoppedAt - window.toEndUs} ms before the profile end`,
  );
else await rm(profDir, { recursive: true, force: true });
