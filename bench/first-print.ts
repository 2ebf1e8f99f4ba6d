/**
 * `npx tsx bench/first-print.ts [browsers] [single|multi] [warm-up]`: how much slower a new
 * browser's first print of the reference briefing is than its later ones (what a cold start pays),
 * each time in a new browser with its page opened ahead, as a cold start opens it. Prints the
 * median over the browsers of the wall time of prints 1, 2 and 3 and of Chromium's CPU time for
 * each (all its processes; CPU time is the steadier figure on a shared machine).
 *
 * The warm-up done before the first print, to see what the first print pays for:
 * - `none`: the page opened ahead and sealed only;
 * - `ahead` (the service's default): that page also loads every served font (fontSampler);
 * - `printEmpty`, `printFonts`, `printBriefing`: a throw-away print of an empty page, of the
 *   font sampler, or of the briefing itself, on the page opened ahead (fonts not loaded ahead).
 */
import { BrowserSupervisor } from "../src/adapters/browser/browser-supervisor.js";
import { ChromiumPrinter } from "../src/adapters/browser/chromium-printer.js";
import { chromiumLaunchOptions } from "../src/adapters/browser/launch-options.js";
import { fontSampler } from "../src/adapters/browser/print-only.js";
import type { ProcessModel } from "../src/adapters/browser/process-model.js";
import { RenderLimiter } from "../src/adapters/browser/render-limiter.js";
import { descendants } from "../tests/support/server-process.js";
import { referenceBriefing } from "./reference.js";
import { cpuTicksWithReaped, median, round } from "./stats.js";

const browsers = Number(process.argv[2] ?? 5);
const processModel = (process.argv[3] ?? "single") as ProcessModel;
const warmUp = process.argv[4] ?? "ahead";
const ref = await referenceBriefing();
const printed: Record<string, string> = {
  printEmpty: "<!doctype html><html><head></head><body></body></html>",
  printFonts: fontSampler(ref.fonts.files),
  printBriefing: ref.rendered.html,
};
if (!["none", "ahead", ...Object.keys(printed)].includes(warmUp))
  throw new Error(`unknown warm-up ${warmUp}`);
const TICK_MS = 10; // USER_HZ 100
const chromiumCpu = () => descendants(process.pid).reduce((n, p) => n + cpuTicksWithReaped(p) * TICK_MS, 0);
const rows: { wall: number[]; cpu: number[] }[] = [];
for (let b = 0; b < browsers; b++) {
  const supervisor = new BrowserSupervisor({
    launchOptions: () => chromiumLaunchOptions(undefined, { processModel }),
    maxRendersPerBrowser: 100,
  });
  const printer = new ChromiumPrinter(supervisor, new RenderLimiter(1, 4), {
    assets: ref.fonts.files,
    fontsAhead: warmUp === "ahead",
  });
  try {
    await printer.openAhead();
    const doc = printed[warmUp];
    if (doc) await printer.print({ html: doc, headerHtml: "", footerHtml: "", deadlineMs: 60_000 });
    // The browser settles, as it does while a cold start composes its first briefing.
    await new Promise((r) => setTimeout(r, 300));
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < 3; i++) {
      const c0 = chromiumCpu();
      const t0 = performance.now();
      await printer.print({ ...ref.rendered, deadlineMs: 60_000 });
      wall.push(performance.now() - t0);
      cpu.push(chromiumCpu() - c0);
    }
    rows.push({ wall, cpu });
  } finally {
    await supervisor.close();
  }
}
const col = (f: (r: (typeof rows)[number]) => number) => round(median(rows.map(f)));
console.log(
  JSON.stringify({
    browsers,
    processModel,
    warmUp,
    wallMs: [0, 1, 2].map((i) => col((r) => r.wall[i] ?? 0)),
    chromiumCpuMs: [0, 1, 2].map((i) => col((r) => r.cpu[i] ?? 0)),
  }),
);
