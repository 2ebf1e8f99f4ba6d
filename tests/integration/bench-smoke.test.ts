import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";

let out: string;
afterAll(() => rm(out, { recursive: true, force: true }));

// One iteration of every section of `npm run bench`, so the bench keeps working. Nothing here
// asserts a time: the machine is shared and times are the bench's business, not the tests'.
it("runs every section of the bench once and writes JSON and markdown", async () => {
  out = await mkdtemp(path.join(tmpdir(), "bench-smoke-"));
  const child = spawn(process.execPath, ["--import", "tsx", "bench/run.ts", "--smoke", "--out", out], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (d: Buffer) => {
    log += d.toString();
  });
  child.stderr.on("data", (d: Buffer) => {
    log += d.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  expect(code, log).toBe(0);
  const results = JSON.parse(await readFile(path.join(out, "latest.json"), "utf8"));
  for (const variant of ["floor", "naive", "naiveTutorial", "peer", "oursPrint"]) {
    expect(results.print.medianMs[variant], variant).toBeGreaterThan(0);
  }
  expect(results.print.htmlBytes.ours).toBeLessThan(results.print.htmlBytes.inlineFonts);
  expect(results.inProcess.pages).toBeGreaterThan(1);
  expect(results.nodeCpu.briefings).toBe(1);
  expect(results.nodeCpu.nodeCpuMsPerBriefing).toBeGreaterThan(0);
  expect(results.http.c1.p50Ms).toBeGreaterThan(0);
  expect(results.coldStart.source.chromiumUnpackedFirst.firstPdfStoredMs).toBeGreaterThan(0);
  expect(await readFile(path.join(out, "latest.md"), "utf8")).toContain("| floor");
}, 300_000);
