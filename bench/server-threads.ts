/**
 * `WARM=n N=m npx tsx bench/server-threads.ts [node flags]`: the CPU time per briefing of each
 * thread of the local server (built and started as `npm start` starts it, plus the flags given),
 * over `N` briefings of the reference article (15 unless set) after `WARM` (3 unless set), one at
 * a time. Node names all its threads "node", so each is shown by its id's offset from the
 * process's: 0 is the event loop; the threads started with it are V8's platform workers
 * (concurrent compilation and garbage collection) and libuv's pool (file system, crypto); the
 * composition worker (Piscina) starts later, with a higher offset. With `--trace-opt`, the
 * TurboFan compilations finished within the window are summed by function (V8's own timing of
 * each job, wall time on its thread).
 */
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { startBuiltServer } from "../tests/support/server-process.js";
import { referenceBriefingRequest } from "./reference.js";
import { round } from "./stats.js";

const flags = process.argv.slice(2);
const warm = Number(process.env.WARM ?? 3);
const n = Number(process.env.N ?? 15);
const TICK_MS = 10; // USER_HZ 100

const dataDir = await mkdtemp(path.join(tmpdir(), "bench-threads-"));
const server = await startBuiltServer(
  {
    PORT: "0",
    DATA_DIR: dataDir,
    RATE_LIMIT_PER_KEY: "off",
    RATE_LIMIT_PER_ADDRESS: "off",
    LOG_LEVEL: "error",
  },
  flags,
);
const pid = server.proc.pid ?? 0;

/** Clock ticks (user + system) of each thread of the server, by thread id. */
function ticks(): Map<number, number> {
  const out = new Map<number, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      out.set(Number(tid), Number(f[11]) + Number(f[12]));
    } catch {
      // the thread ended
    }
  }
  return out;
}

try {
  const request = await referenceBriefingRequest(server.base);
  for (let i = 0; i < warm; i++) await request();
  const before = ticks();
  const logFrom = server.output().length;
  for (let i = 0; i < n; i++) await request();
  const after = ticks();
  const byThread: Record<string, number> = {};
  let total = 0;
  for (const [tid, t] of after) {
    const ms = ((t - (before.get(tid) ?? 0)) * TICK_MS) / n;
    total += ms;
    if (ms >= 0.5) byThread[`+${tid - pid}`] = round(ms, 1);
  }
  const out: Record<string, unknown> = {
    flags,
    warm,
    briefings: n,
    cpuMsPerBriefing: { total: round(total, 1), byThreadOffset: byThread },
  };
  if (flags.includes("--trace-opt")) {
    const compiled = new Map<string, { jobs: number; ms: number }>();
    for (const line of server.output().slice(logFrom).split("\n")) {
      const m = /completed compiling .*?<JSFunction (\S*) ?\(sfi.*took [\d.]+, ([\d.]+), [\d.]+ ms/.exec(
        line,
      );
      if (!m) continue;
      const name = m[1] || "(anonymous)";
      const c = compiled.get(name) ?? { jobs: 0, ms: 0 };
      c.jobs++;
      c.ms += Number(m[2]);
      compiled.set(name, c);
    }
    const all = [...compiled.values()].reduce((s, c) => s + c.ms, 0);
    out.turbofan = {
      jobs: [...compiled.values()].reduce((s, c) => s + c.jobs, 0),
      msPerBriefing: round(all / n, 1),
      top: Object.fromEntries(
        [...compiled]
          .sort((a, b) => b[1].ms - a[1].ms)
          .slice(0, 12)
          .map(([name, c]) => [name, { jobs: c.jobs, ms: round(c.ms, 1) }]),
      ),
    };
  }
  console.log(JSON.stringify(out, null, 2));
} finally {
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
