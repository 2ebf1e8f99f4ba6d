import { BrowserSupervisor } from "../src/adapters/browser/browser-supervisor.js";
import { ChromiumPrinter } from "../src/adapters/browser/chromium-printer.js";
import { chromiumLaunchOptions } from "../src/adapters/browser/launch-options.js";
import { RenderLimiter } from "../src/adapters/browser/render-limiter.js";
import { CompactFinisher } from "../src/adapters/pdf/compact-finisher.js";
import { extractFacts } from "../src/core/facts/extract-facts.js";
import { briefingDoc, referenceBriefing } from "./reference.js";
import { median } from "./stats.js";

/**
 * Where the time of one briefing goes, warm: extraction, assessment, composition (map and
 * charts included) with the HTML behind the renderer port, Chromium printing, PDF finishing.
 * Reported as medians and as shares of the whole, since the machine is shared and absolute
 * times drift between runs.
 */
export async function runPipelineBench(iterations = 8) {
  const { article, theme, renderer, fonts } = await referenceBriefing();
  const supervisor = new BrowserSupervisor({
    launchOptions: () => chromiumLaunchOptions(),
    maxRendersPerBrowser: 1000,
  });
  const printer = new ChromiumPrinter(supervisor, new RenderLimiter(1, 10), { assets: fonts.files });
  // The finisher the service uses: metadata, object streams, one font file per face.
  const finisher = new CompactFinisher();
  await supervisor.warm();

  const stages = {
    extract: [] as number[],
    assess: [] as number[],
    /** The renderer port: composition (citations, charts, map) and the HTML templates. */
    composeHtml: [] as number[],
    print: [] as number[],
    finish: [] as number[],
  };
  let pages = 0;
  const bytes = { printed: 0, finished: 0 };
  const warmup = iterations > 1 ? 2 : 0;
  for (let i = 0; i < iterations + warmup; i++) {
    const t0 = performance.now();
    const facts = extractFacts(article);
    const t1 = performance.now();
    const doc = briefingDoc(theme, article, facts);
    const t2 = performance.now();
    const rendered = renderer.render(doc);
    const t3 = performance.now();
    const pdf = await printer.print({ ...rendered, deadlineMs: 60_000 });
    const t4 = performance.now();
    const done = await finisher.finish(pdf, {
      title: "t",
      subject: "s",
      keywords: [],
      author: "a",
      createdAt: new Date(),
    });
    const t5 = performance.now();
    pages = done.pages;
    bytes.printed = pdf.byteLength;
    bytes.finished = done.pdf.byteLength;
    if (i < warmup) continue;
    stages.extract.push(t1 - t0);
    stages.assess.push(t2 - t1);
    stages.composeHtml.push(t3 - t2);
    stages.print.push(t4 - t3);
    stages.finish.push(t5 - t4);
  }
  await supervisor.close();
  const medians = Object.fromEntries(
    Object.entries(stages).map(([k, v]) => [k, Number(median(v).toFixed(2))]),
  );
  const total = Object.values(medians).reduce((a, b) => a + b, 0);
  const shares = Object.fromEntries(
    Object.entries(medians).map(([k, v]) => [k, Number((v / total).toFixed(3))]),
  );
  return {
    iterations,
    pages,
    pdfBytes: bytes,
    medianMs: medians,
    totalMs: Number(total.toFixed(1)),
    shareOfTotal: shares,
  };
}
