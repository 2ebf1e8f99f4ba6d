/**
 * `npx tsx bench/ab-print.ts [prints] [rounds]`: the print of the reference briefing as the
 * service prints it (ChromiumPrinter: warm sealed page, fonts from memory), in two browsers at
 * once, A as configured and B with the changes the environment names, in alternating rounds
 * (A, B, B, A, …) so that the load of a shared machine falls on both alike. Reports, per side,
 * the CPU time per print of this Node process and of the browser's process tree (its renderers
 * included, and those it reaped), the wall time per print and the PDF's bytes, each the median
 * of its rounds, and the ratios B/A: on a loaded machine only the ratios mean anything.
 * print-cpu.ts compares documents in one browser; this compares browsers and printers on one
 * document. B's changes:
 * - AB_PRINT_ARGS="--flag !--dropped": Chromium flags added to (or, with "!", taken from) the service's;
 * - AB_PRINT_COLLECT_EVERY=n: how often B's warm page collects its garbage (0: never; see page-pool.ts);
 * - AB_PRINT_PIPE=1: DevTools over a pipe instead of a WebSocket.
 * CHROMIUM_PROCESS_MODEL picks the process model of both (multi unless set, as the local server).
 */
import type { LaunchOptions } from "puppeteer-core";
import { BrowserSupervisor } from "../src/adapters/browser/browser-supervisor.js";
import { ChromiumPrinter } from "../src/adapters/browser/chromium-printer.js";
import { chromiumLaunchOptions } from "../src/adapters/browser/launch-options.js";
import { RenderLimiter } from "../src/adapters/browser/render-limiter.js";
import { descendants } from "../tests/support/server-process.js";
import { referenceBriefing } from "./reference.js";
import { cpuTicksWithReaped, median, round } from "./stats.js";

const [printsArg, roundsArg] = process.argv.slice(2);
const prints = Number(printsArg ?? 8);
const rounds = Number(roundsArg ?? 6);
const TICK = 10; // ms per clock tick (USER_HZ 100)
const processModel = process.env.CHROMIUM_PROCESS_MODEL === "single" ? "single" : "multi";
const flags = (process.env.AB_PRINT_ARGS ?? "").split(/\s+/).filter(Boolean);
const collectEvery = process.env.AB_PRINT_COLLECT_EVERY;
const pipe = process.env.AB_PRINT_PIPE === "1";

const ref = await referenceBriefing();
const job = { ...ref.rendered, deadlineMs: 60_000 };

/** A printer on a browser of its own; `change` turns the service's launch options into this side's. */
async function side(change: (o: LaunchOptions) => LaunchOptions, printer: { collectEvery?: number }) {
  const supervisor = new BrowserSupervisor({
    launchOptions: async () => change(await chromiumLaunchOptions(undefined, { processModel })),
    maxRendersPerBrowser: 100_000,
  });
  const p = new ChromiumPrinter(supervisor, new RenderLimiter(1, 4), { assets: ref.fonts.files, ...printer });
  await p.openAhead();
  const pid = (await supervisor.warm()).process()?.pid ?? 0;
  const chromiumTicks = () => [pid, ...descendants(pid)].reduce((sum, p) => sum + cpuTicksWithReaped(p), 0);
  return { supervisor, printer: p, chromiumTicks };
}

const sides = {
  A: await side((o) => o, {}),
  B: await side(
    (o) => ({
      ...o,
      args: [
        ...(o.args ?? []).filter((a) => !flags.includes(`!${a}`)),
        ...flags.filter((f) => !f.startsWith("!")),
      ],
      ...(pipe ? { pipe: true } : {}),
    }),
    collectEvery === undefined ? {} : { collectEvery: Number(collectEvery) },
  ),
};
type Side = keyof typeof sides;
const nodeMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const measured: Record<Side, { node: number[]; chromium: number[]; wall: number[]; bytes: number }> = {
  A: { node: [], chromium: [], wall: [], bytes: 0 },
  B: { node: [], chromium: [], wall: [], bytes: 0 },
};
try {
  // Warm-up: each page past its first prints and a collection (every 4 prints by default).
  for (const s of ["A", "B"] as Side[]) for (let i = 0; i < 4; i++) await sides[s].printer.print(job);
  for (let r = 0; r < rounds; r++) {
    for (const s of (r % 2 === 0 ? ["A", "B"] : ["B", "A"]) as Side[]) {
      const { printer, chromiumTicks } = sides[s];
      const ticks = chromiumTicks();
      const node = nodeMs();
      const t = performance.now();
      for (let i = 0; i < prints; i++) measured[s].bytes = (await printer.print(job)).byteLength;
      measured[s].wall.push((performance.now() - t) / prints);
      measured[s].node.push((nodeMs() - node) / prints);
      measured[s].chromium.push(((chromiumTicks() - ticks) * TICK) / prints);
    }
  }
} finally {
  await Promise.all([sides.A.supervisor.close(), sides.B.supervisor.close()]);
}

const summary = (s: Side) => {
  const m = measured[s];
  const node = median(m.node);
  const chromium = median(m.chromium);
  return {
    cpuMsPerPrint: { node: round(node), chromium: round(chromium), total: round(node + chromium) },
    chromiumByRound: m.chromium.map((x) => round(x)),
    wallMs: round(median(m.wall)),
    pdfBytes: m.bytes,
  };
};
const a = summary("A");
const b = summary("B");
const ratio = (x: number, y: number) => round(x / y, 3);
console.log(
  JSON.stringify(
    {
      prints,
      rounds,
      processModel,
      b: { flags, collectEvery: collectEvery ?? "default", pipe },
      A: a,
      B: b,
      BoverA: {
        chromiumCpu: ratio(b.cpuMsPerPrint.chromium, a.cpuMsPerPrint.chromium),
        totalCpu: ratio(b.cpuMsPerPrint.total, a.cpuMsPerPrint.total),
        wall: ratio(b.wallMs, a.wallMs),
      },
    },
    null,
    2,
  ),
);
