/**
 * `npx tsx bench/ab-http.ts <old worktree> <rounds> [per round] [LEVELS=1,2]`: `POST /v1/briefings`
 * over HTTP against two servers in one run, the other worktree's (A) and this one's (B), both up
 * at once and measured in alternating rounds (A, B, B, A, …) so that the load of a shared machine
 * falls on both alike. Reports, per concurrency, each side's median latency and throughput over
 * all rounds and the ratios B/A: on a loaded machine only the ratio means anything. Lines a
 * server prints as `span name=ms …` (timing marks added by hand for a closer look) are summed up
 * too, as each side's median of each name over the measured rounds. CPU time per briefing is
 * summed over all measured rounds from /proc, by component: the server's main thread (event
 * loop, PDF finish, S3 client and the embedded store), its other threads (composition workers,
 * libuv, GC helpers) and its Chromium processes; on a loaded machine the steadier figure.
 */
import path from "node:path";
import { descendants } from "../tests/support/server-process.js";
import { startBenchServer } from "./bench-server.js";
import { referenceBriefingRequest } from "./reference.js";
import { closedLoop, cpuTicks, cpuTicksWithReaped, median, round } from "./stats.js";

const args = process.argv.slice(2);
const positional = args.filter((a) => !a.includes("="));
const oldTree = path.resolve(positional[0] ?? "");
const rounds = Number(positional[1] ?? 5);
const perRound = Number(positional[2] ?? 6);
const levels = (args.find((a) => a.startsWith("LEVELS="))?.slice(7) ?? "1,2").split(",").map(Number);

async function start(cwd: string) {
  const server = await startBenchServer(cwd, Math.max(...levels));
  const request = await referenceBriefingRequest(server.base);
  const briefing = async () => (await request()).ms;
  const stop = server.stop;
  /** Timing marks printed since the last call, by name. */
  const spans = () => {
    const lines = server.log.text.split("\n").filter((l) => l.startsWith("span "));
    server.log.text = "";
    const out: Record<string, number[]> = {};
    for (const l of lines)
      for (const [, k, v] of l.matchAll(/(\w+)=([\d.]+)/g))
        if (k && v) out[k] = [...(out[k] ?? []), Number(v)];
    return out;
  };
  const pid = server.pid;
  /** CPU ticks so far: the server's main thread, the whole server, its Chromium (reaped included). */
  const cpu = () => ({
    main: cpuTicks(pid, pid),
    server: cpuTicks(pid),
    chromium: descendants(pid).reduce((sum, p) => sum + cpuTicksWithReaped(p), 0),
  });
  return { briefing, stop, spans, cpu };
}

/** Appends to the list under `key`, made on first use. */
function add(to: Record<string, number[]>, key: string, ...values: number[]): void {
  to[key] = [...(to[key] ?? []), ...values];
}

const sides = { A: await start(oldTree), B: await start(process.cwd()) };
type Side = keyof typeof sides;
const times: Record<string, number[]> = {};
const rates: Record<string, number[]> = {};
const marks: Record<string, number[]> = {};
/** CPU ticks (10 ms) and briefings, summed over the measured rounds, by side and level. */
const used: Record<string, { main: number; threads: number; chromium: number; briefings: number }> = {};
try {
  for (const s of ["A", "B"] as Side[]) {
    for (const c of levels)
      for (let i = 0; i < 2; i++) await Promise.all(Array.from({ length: c }, sides[s].briefing));
    sides[s].spans();
  }
  for (let r = 0; r < rounds; r++) {
    const order: Side[] = r % 2 === 0 ? ["A", "B"] : ["B", "A"];
    for (const c of levels)
      for (const s of order) {
        const before = sides[s].cpu();
        const run = await closedLoop(c, perRound, sides[s].briefing);
        const after = sides[s].cpu();
        const u = used[`${s}${c}`] ?? { main: 0, threads: 0, chromium: 0, briefings: 0 };
        used[`${s}${c}`] = u;
        u.main += after.main - before.main;
        u.threads += after.server - before.server - (after.main - before.main);
        u.chromium += after.chromium - before.chromium;
        u.briefings += run.times.length;
        add(times, `${s}${c}`, ...run.times);
        add(rates, `${s}${c}`, (run.times.length / run.wallMs) * 1000);
        for (const [k, v] of Object.entries(sides[s].spans())) add(marks, `${s}${c} ${k}`, ...v);
      }
  }
} finally {
  await Promise.all([sides.A.stop(), sides.B.stop()]);
}
const out: Record<string, unknown> = { rounds, perRound, old: oldTree };
for (const c of levels) {
  const p50 = (s: Side) => median(times[`${s}${c}`] ?? []);
  const rate = (s: Side) => median(rates[`${s}${c}`] ?? []);
  out[`c${c}`] = {
    p50Ms: { A: round(p50("A")), B: round(p50("B")) },
    perSecond: { A: round(rate("A"), 2), B: round(rate("B"), 2) },
    latencyBoverA: round(p50("B") / p50("A"), 3),
  };
  const perBriefing = (s: Side) => {
    const u = used[`${s}${c}`];
    if (!u?.briefings) return {};
    const ms = (ticks: number) => round((ticks * 10) / u.briefings, 1);
    return {
      serverMain: ms(u.main),
      serverOtherThreads: ms(u.threads),
      chromium: ms(u.chromium),
      total: ms(u.main + u.threads + u.chromium),
    };
  };
  const cpuA = perBriefing("A");
  const cpuB = perBriefing("B");
  out[`c${c} cpu ms per briefing`] = {
    A: cpuA,
    B: cpuB,
    totalBoverA: cpuA.total && cpuB.total ? round(cpuB.total / cpuA.total, 3) : null,
  };
  const names = new Set(Object.keys(marks).map((k) => k.slice(k.indexOf(" ") + 1)));
  if (names.size)
    out[`c${c} spans (median ms)`] = Object.fromEntries(
      [...names].map((n) => [
        n,
        { A: round(median(marks[`A${c} ${n}`] ?? [])), B: round(median(marks[`B${c} ${n}`] ?? [])) },
      ]),
    );
}
for (const c of levels.slice(1)) {
  const ratio = (s: Side) => median(rates[`${s}${c}`] ?? []) / median(rates[`${s}${levels[0]}`] ?? []);
  out[`throughput c${c}/c${levels[0]}`] = { A: round(ratio("A"), 2), B: round(ratio("B"), 2) };
}
console.log(JSON.stringify(out, null, 2));
