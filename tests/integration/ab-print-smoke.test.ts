import { spawn } from "node:child_process";
import { expect, it } from "vitest";

// One print per side, one round, of bench/ab-print.ts (B never collecting its page's garbage), so
// the A/B keeps working. Nothing here asserts a time or a ratio: those are the bench's business.
it("prints the reference briefing in two browsers and reports each side's CPU and bytes", async () => {
  const child = spawn(process.execPath, ["--import", "tsx", "bench/ab-print.ts", "1", "1"], {
    env: { ...process.env, AB_PRINT_COLLECT_EVERY: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let log = "";
  child.stdout.on("data", (d: Buffer) => {
    out += d.toString();
  });
  child.stderr.on("data", (d: Buffer) => {
    log += d.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  expect(code, log).toBe(0);
  const result = JSON.parse(out.slice(out.indexOf("{")));
  expect(result.b.collectEvery).toBe("0");
  for (const side of ["A", "B"]) {
    expect(result[side].wallMs, side).toBeGreaterThan(0);
    expect(result[side].pdfBytes, side).toBeGreaterThan(1000);
    expect(result[side].chromiumByRound, side).toHaveLength(1);
  }
  // The same document, printed the same way: only the page's garbage collection differs.
  expect(result.B.pdfBytes).toBe(result.A.pdfBytes);
}, 120_000);
