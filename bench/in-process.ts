import { type BriefingDeps, generateBriefing } from "../src/core/briefings/generate-briefing.js";
import { REFERENCE_THEME } from "./reference.js";
import { withReferenceContainer } from "./reference-container.js";
import { median, round, timed } from "./stats.js";

/** Which step of a briefing each port call belongs to, for the split. */
const STEPS: Record<string, string> = {
  "articles.get": "read",
  "articles.getCurrentFactsText": "read",
  "composer.compose": "compose",
  "printer.print": "print",
  "finisher.finish": "finish",
  "briefings.putPdf": "storePdfAndAssessment",
  "briefings.stage": "storePdfAndAssessment",
  "briefings.putManifest": "storeManifest",
};

/**
 * The port `name` with each async call timed into `spans` (ms from its start to its end, calls of
 * one step that overlap counted as the time the step spans).
 */
function timedPort<T extends object>(name: string, port: T, spans: Map<string, [number, number]>): T {
  return new Proxy(port, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      const step = STEPS[`${name}.${String(key)}`];
      if (typeof value !== "function" || !step) return value;
      return async (...args: unknown[]) => {
        const start = performance.now();
        try {
          return await value.apply(target, args);
        } finally {
          const [from, to] = spans.get(step) ?? [start, 0];
          spans.set(step, [Math.min(from, start), Math.max(to, performance.now())]);
        }
      };
    },
  });
}

/**
 * Ours in-process: the use case from stored facts to stored PDF (read, compose, print, finish,
 * store in the embedded S3), as the local server's container wires it, without HTTP. Also the
 * median time of each step, so a change shows where it took time off.
 */
export function runInProcessBench(runs = 7, warmup = 2) {
  return withReferenceContainer("in-process", async (plain, articleId) => {
    const spans = new Map<string, [number, number]>();
    const deps: BriefingDeps = {
      ...plain,
      articles: timedPort("articles", plain.articles, spans),
      composer: timedPort("composer", plain.composer, spans),
      printer: timedPort("printer", plain.printer, spans),
      finisher: timedPort("finisher", plain.finisher, spans),
      briefings: timedPort("briefings", plain.briefings, spans),
    };
    const steps: Record<string, number[]> = {};
    let pdfBytes = 0;
    let pages = 0;
    let run = 0;
    const times = await timed(runs, warmup, async () => {
      spans.clear();
      const manifest = await generateBriefing(
        deps,
        { theme: REFERENCE_THEME, articleIds: [articleId] },
        { deadlineMs: 60_000 },
      );
      pdfBytes = manifest.pdf.bytes;
      pages = manifest.pdf.pages;
      if (run++ < warmup) return;
      for (const [step, [from, to]] of spans) steps[step] = [...(steps[step] ?? []), to - from];
    });
    const stepsMs = Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, round(median(v))]));
    return { medianMs: round(median(times)), stepsMs, pdfBytes, pages };
  });
}
