/**
 * `npx tsx bench/print-concurrency.ts [prints] [NAME=value...]`: the print step alone (our warm
 * pages, fonts from memory) at each concurrency of LEVELS (default 1,2,4), interleaved over ROUNDS
 * (default 2) so a change of the machine's load hits every level alike, on the reference
 * briefing's HTML: prints per second, c=2 against c=1, and the peak RSS of Chromium. A diagnostic,
 * not part of `npm run bench`.
 */
import { readFileSync } from "node:fs";
import { BrowserSupervisor } from "../src/adapters/browser/browser-supervisor.js";
import { ChromiumPrinter } from "../src/adapters/browser/chromium-printer.js";
import { chromiumLaunchOptions } from "../src/adapters/browser/launch-options.js";
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
const rss = (pid: number) => {
  try {
    return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
};
const out: Record<string, unknown> = {};
// Two rounds, interleaved, so a change in the machine's load hits every level alike.
const perSecond: Record<number, number[]> = {};
let peak = 0;
for (let round_ = 0; round_ < Number(process.env.ROUNDS ?? 2); round_++) {
  for (const c of levels) {
    await Promise.all(Array.from({ length: c }, () => printer.print(job)));
    const sampler = setInterval(() => {
      peak = Math.max(
        peak,
        descendants(process.pid).reduce((s, p) => s + rss(p), 0),
      );
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
out.peakChromiumRssMb = round(peak);
out.pagesOpened = printer.pagesOpened;
await supervisor.close();
console.log(JSON.stringify(out));
