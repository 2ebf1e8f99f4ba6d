/**
 * `npx tsx bench/print-trace.ts [prints] [category,category...]`: where Chromium's time goes in a
 * print of the reference briefing, from its own trace: the briefing set and printed as the
 * service does (sealed page, fonts from memory, screen rendering off, tagged with its outline),
 * `prints` times under Chromium's tracing, then per thread the time of each trace event, self
 * (its children's time taken off) and inclusive, per print. Tracing slows what it traces, most of
 * all with the `disabled-by-default-skia` category (every Skia call an event): read shares within
 * one trace, not times against other benches. The default categories show Blink's steps
 * (parse, style, layout, paint); add `disabled-by-default-skia` to split the PDF's own drawing
 * (text, annotations, deflate). `TRACE_FILE` keeps the raw trace.
 */
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { BrowserSupervisor } from "../src/adapters/browser/browser-supervisor.js";
import { chromiumLaunchOptions } from "../src/adapters/browser/launch-options.js";
import { printOnly } from "../src/adapters/browser/print-only.js";
import { referenceBriefing } from "./reference.js";

const prints = Number(process.argv[2] ?? 3);
const categories = (process.argv[3] ?? "-*,blink,devtools.timeline,toplevel,printing,loading,fonts").split(
  ",",
);
const traceFile = process.env.TRACE_FILE ?? path.join(tmpdir(), `print-trace-${process.pid}.json`);
const ref = await referenceBriefing();
const assets = ref.fonts.files;
const html = printOnly(ref.rendered.html, assets);

const supervisor = new BrowserSupervisor({
  launchOptions: () => chromiumLaunchOptions(undefined, { processModel: "multi" }),
  maxRendersPerBrowser: 100,
});
try {
  await supervisor.withBrowser(async (browser) => {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    page.on("request", (r) => {
      const asset = assets.get(r.url());
      if (asset)
        void r.respond({
          status: 200,
          contentType: asset.contentType,
          headers: { "access-control-allow-origin": "*" },
          body: Buffer.from(asset.body),
        });
      else if (r.url().startsWith("data:")) void r.continue();
      else void r.abort("blockedbyclient");
    });
    await page.setRequestInterception(true);
    const cdp = await page.createCDPSession();
    // As ChromiumPrinter prints (chromium-printer.ts, printInline).
    const print = () =>
      cdp.send("Page.printToPDF", {
        transferMode: "ReturnAsBase64",
        printBackground: true,
        preferCSSPageSize: true,
        generateTaggedPDF: true,
        generateDocumentOutline: true,
      });
    const once = async () => {
      await page.setContent(html, { waitUntil: "load" });
      await print();
    };
    for (let i = 0; i < 3; i++) await once(); // warm: fonts cached, code paths hot
    await page.tracing.start({ path: traceFile, categories });
    for (let i = 0; i < prints; i++) await once();
    await page.tracing.stop();
  });
} finally {
  await supervisor.close();
}

interface Span {
  name: string;
  ts: number;
  dur: number;
  child: number;
}
interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}
const parsed = JSON.parse(readFileSync(traceFile, "utf8")) as { traceEvents?: TraceEvent[] } | TraceEvent[];
const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
const names = new Map<string, string>();
for (const e of events) {
  if (e.ph === "M" && e.name === "thread_name") names.set(`${e.pid}:${e.tid}`, e.args?.name ?? "");
  if (e.ph === "M" && e.name === "process_name") names.set(`${e.pid}`, e.args?.name ?? "");
}
// Complete events (X) and begin/end pairs (B/E), per thread.
const spans = new Map<string, Span[]>();
const open = new Map<string, TraceEvent[]>();
for (const e of events) {
  const k = `${e.pid}:${e.tid}`;
  const list = spans.get(k) ?? [];
  spans.set(k, list);
  if (e.ph === "B") open.set(k, [...(open.get(k) ?? []), e]);
  else if (e.ph === "E") {
    const b = open.get(k)?.pop();
    if (b) list.push({ name: b.name, ts: b.ts, dur: e.ts - b.ts, child: 0 });
  } else if (e.ph === "X") list.push({ name: e.name, ts: e.ts, dur: e.dur ?? 0, child: 0 });
}
const perPrint = (us: number) => Math.round(us / 100 / prints) / 10;
const out: Record<string, unknown> = { prints, categories, traceFile };
for (const [k, list] of spans) {
  list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack: Span[] = [];
  let top = 0;
  for (const s of list) {
    while (stack.length && (stack.at(-1) as Span).ts + (stack.at(-1) as Span).dur <= s.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) parent.child += s.dur;
    else top += s.dur;
    stack.push(s);
  }
  if (perPrint(top) < 3) continue; // threads that hardly work
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const s of list) {
    self.set(s.name, (self.get(s.name) ?? 0) + s.dur - s.child);
    inclusive.set(s.name, (inclusive.get(s.name) ?? 0) + s.dur);
  }
  out[`${names.get(k.split(":")[0] ?? "") ?? "?"} / ${names.get(k) ?? k}`] = {
    busyMsPerPrint: perPrint(top),
    bySelfMsPerPrint: Object.fromEntries(
      [...self]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 15)
        .map(([name, us]) => [name, { self: perPrint(us), inclusive: perPrint(inclusive.get(name) ?? 0) }]),
    ),
  };
}
console.log(JSON.stringify(out, null, 2));
