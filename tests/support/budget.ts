import { performance } from "node:perf_hooks";

/**
 * Milliseconds `fn` took: the lesser of wall-clock and process CPU time, so a machine busy with
 * other work (wall time up) or parallel garbage collection (CPU time up) does not fail a budget
 * that the work itself keeps.
 */
export function timed<T>(fn: () => T): { ms: number; value: T } {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(cpu);
  const ms = Math.min(performance.now() - wall, (used.user + used.system) / 1000);
  return { ms, value };
}
