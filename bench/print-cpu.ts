/**
 * `npx tsx bench/print-cpu.ts [prints]`: the CPU time one print of the reference briefing costs,
 * by process (this Node process, Chromium's browser and renderer), as the service prints it
 * (ChromiumPrinter: warm sealed page, fonts from memory), and for variants of the same document
 * that show what its parts cost: without the map, without web fonts, untagged. CPU time, not
 * wall time: the steadier figure on a shared machine.
 */
import { readFileSync } from "node:fs";
import { BrowserSupervisor } from "../src/adapters/browser/browser-supervisor.js";
import { ChromiumPrinter } from "../src/adapters/browser/chromium-printer.js";
import { chromiumLaunchOptions } from "../src/adapters/browser/launch-options.js";
import { processMemoryKb } from "../src/adapters/browser/process-memory.js";
import { RenderLimiter } from "../src/adapters/browser/render-limiter.js";
import { descendants } from "../tests/support/server-process.js";
import { referenceBriefing } from "./reference.js";
import { cpuTicks, round } from "./stats.js";

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
    out.set(k, (out.get(k) ?? 0) + cpuTicks(p));
  }
  return out;
}

const ref = await referenceBriefing();
const html = ref.rendered.html;
const variants: Record<string, string> = {
  asServed: html,
  noMap: html.replace(/<svg[\s\S]*?<\/svg>/g, ""),
  noWebFonts: html.replace(/@font-face\s*{[^}]*}/g, ""),
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
const out: Record<string, unknown> = { flags, prints, htmlBytes: Buffer.byteLength(html) };
try {
  for (const [name, doc] of Object.entries(variants)) {
    if (only && name !== only) continue;
    const job = { ...ref.rendered, html: doc, deadlineMs: 60_000 };
    for (let i = 0; i < 3; i++) await printer.print(job);
    const before = snapshot();
    const t = performance.now();
    let bytes = 0;
    for (let i = 0; i < prints; i++) bytes = (await printer.print(job)).byteLength;
    const wall = performance.now() - t;
    const after = snapshot();
    const rssMb = descendants(process.pid)
      .filter((p) => kind(p) === "renderer")
      .map((p) => (processMemoryKb(p)?.rssKb ?? 0) / 1024);
    const cpu = Object.fromEntries(
      [...after].map(([k, v]) => [k, round(((v - (before.get(k) ?? 0)) * TICK) / prints)]),
    );
    const total = Object.values(cpu).reduce((a, b) => a + b, 0);
    out[name] = {
      cpuMsPerPrint: { ...cpu, total: round(total) },
      wallMs: round(wall / prints),
      pdfBytes: bytes,
      rendererRssMb: rssMb.map(round),
    };
  }
} finally {
  await supervisor.close();
}
console.log(JSON.stringify(out, null, 2));
