import { createRequire } from "node:module";
import type { LaunchOptions } from "puppeteer-core";
import { timed } from "./stats.js";

const require = createRequire(import.meta.url);

interface PeerJob {
  html: string;
  headerHtml: string;
  footerHtml: string;
  /** The Chromium and flags ours launches: the peer prints with the same browser. */
  launch: LaunchOptions;
  /** jsreport's temporary and data directory, private to this run. */
  dir: string;
  runs: number;
  warmup: number;
}

interface Jsreport {
  use(extension: unknown): Jsreport;
  init(): Promise<void>;
  close(): Promise<void>;
  render(request: unknown): Promise<{ content: Buffer }>;
}

/**
 * The peer: jsreport (core 4) with its chrome-pdf recipe, rendering the HTML as-is (engine
 * "none"), with a warm pool of one browser ("chrome-pool"), the way a service built on jsreport
 * would run it. Its own puppeteer (installed with PUPPETEER_SKIP_DOWNLOAD=1: no browser of its
 * own) launches our Chromium with our flags. Durations of `runs` renders after `warmup`.
 */
export async function printPeer(job: PeerJob): Promise<number[]> {
  const createJsreport = require("@jsreport/jsreport-core") as (options: unknown) => Jsreport;
  const chromePdf = require("@jsreport/jsreport-chrome-pdf") as (options?: unknown) => unknown;
  const reporter = createJsreport({
    tempDirectory: job.dir,
    rootDirectory: job.dir,
    discover: false,
    loadConfig: false,
    logger: { silent: true },
    reportTimeout: 60_000,
    // One worker thread renders, as in jsreport's defaults for a small box.
    workers: { numberOfWorkers: 1 },
  });
  reporter.use(
    chromePdf({
      strategy: "chrome-pool",
      numberOfWorkers: 1,
      launchOptions: { ...job.launch, handleSIGTERM: true, handleSIGINT: true, handleSIGHUP: true },
    }),
  );
  await reporter.init();
  try {
    return await timed(job.runs, job.warmup, () =>
      reporter.render({
        template: {
          content: job.html,
          engine: "none",
          recipe: "chrome-pdf",
          chrome: {
            printBackground: true,
            displayHeaderFooter: job.headerHtml.trim() !== "" || job.footerHtml.trim() !== "",
            headerTemplate: job.headerHtml,
            footerTemplate: job.footerHtml,
          },
        },
      }),
    );
  } finally {
    await reporter.close();
  }
}
