import path from "node:path";
import { median, round } from "./stats.js";

/**
 * `npx tsx bench/ab-in-process.ts <old worktree> [rounds]`: the in-process bench (the use case from
 * stored facts to stored PDF, split into its steps) of another worktree (A) and of this one (B),
 * in alternating rounds (A, B, B, A, …) so that the load of a shared machine falls on both alike.
 * Prints each round, then each step's median over the rounds and the ratio B/A: on a loaded
 * machine only the ratio means anything.
 */
type Bench = { runInProcessBench(runs?: number, warmup?: number): Promise<InProcessResult> };
type InProcessResult = { medianMs: number; stepsMs: Record<string, number> };

const [other, roundsArg] = process.argv.slice(2);
if (!other) throw new Error("usage: tsx bench/ab-in-process.ts <old worktree> [rounds]");
const rounds = Number(roundsArg ?? 4);
const sides: [string, Bench][] = [
  ["A", (await import(path.resolve(other, "bench/in-process.ts"))) as Bench],
  ["B", (await import("./in-process.js")) as Bench],
];
const samples: Record<string, Record<string, number[]>> = { A: {}, B: {} };
for (let r = 0; r < rounds; r++) {
  for (const [name, bench] of r % 2 ? [...sides].reverse() : sides) {
    const result = await bench.runInProcessBench(5, 2);
    const row: Record<string, number> = { total: result.medianMs, ...result.stepsMs };
    const side = samples[name] ?? {};
    for (const [step, ms] of Object.entries(row)) side[step] = [...(side[step] ?? []), ms];
    samples[name] = side;
    console.log(name, JSON.stringify(row));
  }
}
for (const step of Object.keys(samples.A ?? {})) {
  const a = median(samples.A?.[step] ?? []);
  const b = median(samples.B?.[step] ?? []);
  console.log(`${step.padEnd(24)} A ${round(a)} ms  B ${round(b)} ms  B/A ${(b / a).toFixed(2)}`);
}
