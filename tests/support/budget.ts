import { performance } from "node:perf_hooks";

/**
 * Milliseconds `fn` took: the lesser of wall-clock and process CPU time, so a machine busy with
 * other work (wall time up) or parallel garbage collection (CPU time up) does not sway the figure
 * that the work itself gives.
 */
export function timed<T>(fn: () => T): { ms: number; value: T } {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(cpu);
  const ms = Math.min(performance.now() - wall, (used.user + used.system) / 1000);
  return { ms, value };
}

/** A growth check runs the work on a quarter of the input and on all of it. */
export const GROWTH_STEP = 4;
/**
 * How much longer the full input may take than the quarter: work linear in the input takes about
 * 4 times as long, work that grows with its square 16 times. Between the two, with room for a
 * collection or a burst of load that lands on one run and not the other.
 */
export const MAX_GROWTH = 8;
/**
 * A quarter-size run shorter than this is mostly fixed cost and noise: it counts as this long, so
 * work that is fast at every size passes whatever its ratio.
 */
export const GROWTH_FLOOR_MS = 250;

export interface Growth<T> {
  smallMs: number;
  fullMs: number;
  /** fullMs over smallMs (at least GROWTH_FLOOR_MS). */
  growth: number;
  /** What the full-size run returned. */
  value: T;
  summary: string;
}

/**
 * How the time of `run` grows from a quarter of its input (`at(0.25)`) to all of it (`at(1)`),
 * measured in one process a moment apart, so the load of the machine falls on both alike. A test
 * then bounds the ratio, not a number of milliseconds: a budget in milliseconds passes or fails
 * with the machine's load (the hostile-input budgets had to be doubled for CI), a ratio does not,
 * and it still tells work that grows with the square of the input (what these tests guard
 * against: 17 s to 124 s on full-size inputs) from work that grows with it. The quarter runs twice
 * (the first also warms the code the full run takes) and the faster counts; the full input runs a
 * second time only when the first run is over the bound, and again the faster counts.
 */
export function growth<I, T>(at: (fraction: number) => I, run: (input: I) => T): Growth<T> {
  const small = at(1 / GROWTH_STEP);
  const full = at(1);
  const first = timed(() => run(small)).ms;
  const again = timed(() => run(small)).ms;
  const smallMs = Math.min(first, again);
  const base = Math.max(smallMs, GROWTH_FLOOR_MS);
  let { ms: fullMs, value } = timed(() => run(full));
  if (fullMs / base >= MAX_GROWTH) {
    // A burst of load on the one full run looks like quadratic work; work that really grows with
    // the square is as slow the second time, so the faster of two full runs counts.
    const retry = timed(() => run(full));
    if (retry.ms < fullMs) ({ ms: fullMs, value } = retry);
  }
  const ratio = fullMs / base;
  const summary = `${fullMs.toFixed(0)} ms on the full input, ${smallMs.toFixed(0)} ms on a quarter: ×${ratio.toFixed(1)}`;
  return { smallMs, fullMs, growth: ratio, value, summary };
}
