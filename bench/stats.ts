/** Summaries for the bench: every figure is a median (or percentile) of warm runs. */
import { readFileSync } from "node:fs";

export const median = (xs: number[]) => percentile(xs, 0.5);

export function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

export const round = (n: number, digits = 1) => Number(n.toFixed(digits));

/** Times `run` `warmup + runs` times and keeps the last `runs` durations, in ms. */
export async function timed(runs: number, warmup: number, run: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const t = performance.now();
    await run();
    if (i >= warmup) out.push(performance.now() - t);
  }
  return out;
}

/** `clients` clients each running `perClient` timed calls one after another: every time, and the wall time. */
export async function closedLoop(
  clients: number,
  perClient: number,
  run: () => Promise<number>,
): Promise<{ times: number[]; wallMs: number }> {
  const started = performance.now();
  const times = (
    await Promise.all(
      Array.from({ length: clients }, async () => {
        const own: number[] = [];
        for (let i = 0; i < perClient; i++) own.push(await run());
        return own;
      }),
    )
  ).flat();
  return { times, wallMs: performance.now() - started };
}

/** CPU time a process (or one of its threads) has used so far, user + system, in clock ticks (utime and stime of /proc/<pid>/stat); 0 once it is gone. */
export function cpuTicks(pid: number, thread?: number): number {
  try {
    const stat = readFileSync(
      thread === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${thread}/stat`,
      "utf8",
    );
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(f[11]) + Number(f[12]);
  } catch {
    return 0;
  }
}

/**
 * CPU time of a process and of its children it has reaped (cutime and cstime of
 * /proc/<pid>/stat), in clock ticks: summed over a process tree, it does not drop when a child
 * ends between two readings (Chromium's zygote reaps a renderer it replaced).
 */
export function cpuTicksWithReaped(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
  } catch {
    return 0;
  }
}
