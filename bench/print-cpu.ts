/**
 * `npx tsx bench/print-cpu.ts [prints] [variant[,variant]]`: the CPU time one print of the reference briefing costs,
 * by process (this Node process, Chromium's browser and renderer), as the service prints it
 * (ChromiumPrinter: warm sealed page, fonts from memory), and for variants of the same document
 * that show what its parts cost: without the map, without web fonts, untagged. CPU time, not
 * wall time: the steadier figure on a shared machine. `PRINT_CPU_ROUNDS` rounds (3 unless set)
 * interleave the variants chosen (all, or `[variant[,variant]]`); each figure is the median of
 * its rounds. A Chromium process's time counts its reaped children's, so a renderer replaced
 * between two readings (a page recycled) stays counted, under its parent's kind.
 */
import { readFileSync } from "node:fs";
import { BrowserSupervisor } from "../src/adapters/browser/browser-supervisor.js";
import { ChromiumPrinter } from "../src/adapters/browser/chromium-printer.js";
import { chromiumLaunchOptions } from "../src/adapters/browser/launch-options.js";
import { processMemoryKb } from "../src/adapters/browser/process-memory.js";
import { RenderLimiter } from "../src/adapters/browser/render-limiter.js";
import { descendants } from "../tests/support/server-process.js";
import { referenceBriefing } from "./reference.js";
import { cpuTicks, cpuTicksWithReaped, median, round } from "./stats.js";

const prints = Number(process.argv[2] ?? 12);
const only = process.argv[3];
const TICK = 10; // ms per clock tick (USER_HZ 100)

const kind = (pid: number) => {
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    return /--type=renderer/.test(cmd) ? "renderer" : /--type=/.test(cmd) ? "chromium other" : "browser";
  } catch {
    return "gone";
  }
};
function snapshot(): Map<string, number> {
  const out = new Map<string, number>([["node", cpuTicks(process.pid)]]);
  for (const p of descendants(process.pid)) {
    const k = kind(p);
    out.set(k, (out.get(k) ?? 0) + cpuTicksWithReaped(p));
  }
  return out;
}

const ref = await referenceBriefing();
const html = ref.rendered.html;
const variants: Record<string, string> = {
  asServed: html,
  noMap: html.replace(/<svg[\s\S]*?<\/svg>/g, ""),
  noBorders: html.replace(/<path class="borders" d="[^"]*"\/>/, ""),
  noLand: html.replace(/<path class="land[^"]*" d="[^"]*"\/>/g, ""),
  coarseMap: html.replace(/<svg[\s\S]*?<\/svg>/g, (svg) =>
    svg.replace(/ d="[^"]*"/g, (d) =>
      d.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10)),
    ),
  ),
  noWebFonts: html.replace(/@font-face\s*{[^}]*}/g, ""),
  // Every text in one colour: Skia keys a PDF font by typeface and paint colour, so each colour
  // a face is drawn in embeds (and subsets) that face again. What that costs, not a service option.
  oneInk: html.replace(
    "</head>",
    "<style>*, svg text, svg tspan { color: #1b1f27 !important; fill: #1b1f27 !important }</style></head>",
  ),
  marginsInPlex: html.replaceAll("font-family: sans-serif;", 'font-family: "IBM Plex Sans", sans-serif;'),
};
// PRINT_CPU_ARGS="--flag --other !--dropped": Chromium flags added to (or, with "!", taken from)
// the service's, to measure what a flag saves.
const flags = (process.env.PRINT_CPU_ARGS ?? "").split(/\s+/).filter(Boolean);
const supervisor = new BrowserSupervisor({
  launchOptions: async () => {
    const options = await chromiumLaunchOptions(undefined, { processModel: "multi" });
    const args = (options.args ?? []).filter((a) => !flags.includes(`!${a}`));
    return { ...options, args: [...args, ...flags.filter((f) => !f.startsWith("!"))] };
  },
  maxRendersPerBrowser: 10_000,
});
const printer = new ChromiumPrinter(supervisor, new RenderLimiter(1, 4), {
  assets: ref.fonts.files,
  ...(process.env.PAGE_COLLECT_EVERY ? { collectEvery: Number(process.env.PAGE_COLLECT_EVERY) } : {}),
});
const rounds = Number(process.env.PRINT_CPU_ROUNDS ?? 3);
const out: Record<string, unknown> = { flags, prints, rounds, htmlBytes: Buffer.byteLength(html) };
const chosen = Object.entries(variants).filter(([name]) => !only || only.split(",").includes(name));
// Per variant, each round's CPU per print by process, its wall time, bytes and renderer RSS.
const measured = new Map<
  string,
  { cpu: Record<string, number>; wall: number; bytes: number; rss: number[] }[]
>();
try {
  for (const [, doc] of chosen) {
    const job = { ...ref.rendered, html: doc, deadlineMs: 60_000 };
    for (let i = 0; i < 3; i++) await printer.print(job);
  }
  // Rounds interleave the variants: a burst of load on this shared machine then lands on all of
  // them alike, and each figure is the median of its rounds.
  for (let r = 0; r < rounds; r++) {
    for (const [name, doc] of chosen) {
      const job = { ...ref.rendered, html: doc, deadlineMs: 60_000 };
      await printer.print(job);
      const before = snapshot();
      const t = performance.now();
      let bytes = 0;
      for (let i = 0; i < prints; i++) bytes = (await printer.print(job)).byteLength;
      const wall = performance.now() - t;
      const after = snapshot();
      const rss = descendants(process.pid)
        .filter((p) => kind(p) === "renderer")
        .map((p) => (processMemoryKb(p)?.rssKb ?? 0) / 1024);
      const cpu = Object.fromEntries(
        [...new Set([...after.keys(), ...before.keys()])].map((k) => [
          k,
          (((after.get(k) ?? 0) - (before.get(k) ?? 0)) * TICK) / prints,
        ]),
      );
      cpu.total = Object.values(cpu).reduce((a, b) => a + b, 0);
      measured.set(name, [...(measured.get(name) ?? []), { cpu, wall: wall / prints, bytes, rss }]);
    }
  }
} finally {
  await supervisor.close();
}
for (const [name, runs] of measured) {
  const keys = [...new Set(runs.flatMap((m) => Object.keys(m.cpu)))];
  out[name] = {
    cpuMsPerPrint: Object.fromEntries(keys.map((k) => [k, round(median(runs.map((m) => m.cpu[k] ?? 0)))])),
    totalByRound: runs.map((m) => round(m.cpu.total ?? 0)),
    wallMs: round(median(runs.map((m) => m.wall))),
    pdfBytes: runs.at(-1)?.bytes,
    rendererRssMb: runs.at(-1)?.rss.map(round),
  };
}
console.log(JSON.stringify(out, null, 2));
