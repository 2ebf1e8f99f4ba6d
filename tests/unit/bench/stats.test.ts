import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { cpuTicks, cpuTicksWithReaped } from "../../../bench/stats.js";

describe("CPU ticks of a process tree", () => {
  it("keep counting a child's time once it has ended and been reaped", () => {
    const reaped = () => cpuTicksWithReaped(process.pid) - cpuTicks(process.pid);
    const before = reaped();
    // A child busy for ~150 ms of CPU, waited for (reaped) by this process.
    const child = spawnSync(process.execPath, [
      "-e",
      "const t = process.cpuUsage(); while ((process.cpuUsage(t).user) < 150000) {}",
    ]);
    expect(child.status).toBe(0);
    // At least 100 ms (10 ticks of 10 ms): the child's own time, counted under its parent.
    expect(reaped() - before).toBeGreaterThanOrEqual(10);
  }, 30_000);
});
