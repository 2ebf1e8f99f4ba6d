/**
 * `npx tsx bench/print-concurrency.ts [prints] [NAME=value...]`: the print step alone (our warm
 * pages, fonts from memory) at each concurrency of LEVELS (default 1,2,4), interleaved over ROUNDS
 * (default 2) so a change of the machine's load hits every level alike, on the reference
 * briefing's HTML: prints per second, c=2 against c=1, and the peak memory of Chromium, both as
 * RSS summed over its processes and as PSS (shared pages split between the processes sharing
 * them: what the processes really use). CHROMIUM_PROCESS_MODEL=single|multi picks the process
 * model; LEAK=n then prints n more times at the highest level and reports the memory kept per
 * print and the failures. A diagnostic, not part of `npm run bench`.
 */
import { readFileSync } from "node:fs";
import { BrowserSupervisor } from "../src/adapters/browser/browser-supervisor.js";
import { ChromiumPrinter } from "../src/adapters/browser/chromium-printer.js";
import { chromiumLaunchOptions, processModelFromEnv } from "../src/adapters/browser/launch-options.js";
import { processMemoryKb, processTree } from "../src/adapters/browser/process-memory.js";
import { RenderLimiter } from "../src/adapters/browser/render-limiter.js";
import { descendants } from "../tests/support/server-process.js";
import { referenceBriefing } from "./reference.js";
import { median, round } from "./stats.js";

for (const a of process.argv.slice(2).filter((x) => x.includes("="))) {
  process.env[a.slice(0, a.indexOf("="))] = a.slice(a.indexOf("=") + 1);
}
const prints = Number(process.argv.slice(2).find((x) => !x.includes("=")) ?? 8);
const ref = await referenceBriefing();
const levels = (process.env.LEVELS ?? "1,2,4").split(",").map(Number);
const supervisor = new BrowserSupervisor({
  launchOptions: () => chromiumLaunchOptions(),
  maxRendersPerBrowser: 10_000,
});
const printer = new ChromiumPrinter(supervisor, new RenderLimiter(Math.max(...levels), 100), {
  assets: ref.fonts.files,
});
const job = { ...ref.rendered, deadlineMs: 60_000 };
const out: Record<string, unknown> = { processModel: processModelFromEnv() };
// Two rounds, interleaved, so a change in the machine's load hits every level alike.
const perSecond: Record<number, number[]> = {};
const peak = { rssMb: 0, pssMb: 0, processes: 0 };
for (let round_ = 0; round_ < Number(process.env.ROUNDS ?? 2); round_++) {
  for (const c of levels) {
    await Promise.all(Array.from({ length: c }, () => printer.print(job)));
    const sampler = setInterval(() => {
      const m = supervisor.memory();
      peak.rssMb = Math.max(peak.rssMb, m.rssMb);
      peak.pssMb = Math.max(peak.pssMb, m.pssMb);
      peak.processes = Math.max(peak.processes, m.processes);
    }, 100);
    const t = performance.now();
    await Promise.all(
      Array.from({ length: c }, async () => {
        for (let i = 0; i < Math.ceil(prints / c); i++) await printer.print(job);
      }),
    );
    clearInterval(sampler);
    const rates = perSecond[c] ?? [];
    rates.push((Math.ceil(prints / c) * c * 1000) / (performance.now() - t));
    perSecond[c] = rates;
  }
}
for (const c of levels) out[`c${c}PerSecond`] = round(median(perSecond[c] ?? []), 2);
out.c2OverC1 = round(median(perSecond[2] ?? []) / median(perSecond[1] ?? []), 2);
out.peakChromiumRssSumMb = round(peak.rssMb);
out.peakChromiumPssMb = round(peak.pssMb);
out.peakChromiumProcesses = peak.processes;
const leakPrints = Number(process.env.LEAK ?? 0);
if (leakPrints > 0) {
  const c = Math.max(...levels);
  const before = supervisor.memory();
  let failures = 0;
  await Promise.all(
    Array.from({ length: c }, async () => {
      for (let i = 0; i < Math.ceil(leakPrints / c); i++) {
        await printer.print(job).catch(() => failures++);
      }
    }),
  );
  const after = supervisor.memory();
  const n = Math.ceil(leakPrints / c) * c;
  out.leak = {
    prints: n,
    failures,
    pssBeforeMb: round(before.pssMb),
    pssAfterMb: round(after.pssMb),
    rssSumBeforeMb: round(before.rssMb),
    rssSumAfterMb: round(after.rssMb),
    pssKeptPerPrintMb: round((after.pssMb - before.pssMb) / n, 2),
    launches: (await supervisor.health()).launches,
  };
}
// Where the memory is now, per Chromium process: the browser, each renderer, the utilities.
const kind = (pid: number) => {
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    return /--type=([a-z-]+)/.exec(cmd)?.[1] ?? "browser";
  } catch {
    return "gone";
  }
};
const browserPid = descendants(process.pid).find((pid) => {
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    return /chrom/.test(cmd) && !cmd.includes("--type=");
  } catch {
    return false;
  }
});
out.byProcess = (browserPid ? processTree(browserPid) : []).map((pid) => {
  const m = processMemoryKb(pid);
  return { kind: kind(pid), rssMb: round((m?.rssKb ?? 0) / 1024), pssMb: round((m?.pssKb ?? 0) / 1024) };
});
out.pagesOpened = printer.pagesOpened;
await supervisor.close();
console.log(JSON.stringify(out));
