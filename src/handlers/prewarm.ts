import { subscribe, unsubscribe } from "node:diagnostics_channel";
import type { Browser, LaunchOptions } from "puppeteer-core";
import {
  chromiumLaunchOptions,
  type ProcessModel,
  unpackChromium,
} from "../adapters/browser/launch-options.js";
import type { Container } from "../container.js";
import type { PdfPrinter } from "../core/ports.js";
import type { Logger } from "../logger.js";

/**
 * Whether a cold start readies Chromium ahead of the first render (BROWSER_PREWARM=on|off; on by
 * default on Lambda, where no CHROMIUM_PATH points at a browser of its own).
 */
export function prewarmWanted(env: NodeJS.ProcessEnv): boolean {
  const setting = env.BROWSER_PREWARM?.trim().toLowerCase();
  if (setting === "off") return false;
  return setting === "on" || Boolean(env.AWS_LAMBDA_FUNCTION_NAME && !env.CHROMIUM_PATH?.trim());
}

/**
 * Starts the Chromium unpack now (the job function's entry; the HTTP one launches the browser too), while the rest of the cold start (settings, templates, S3,
 * DynamoDB, the first request's reads) goes on: the launch awaits the same unpack. Errors are
 * left to the launch, which reports them as a 503 with the browser's health.
 */
export function startChromiumUnpack(env: NodeJS.ProcessEnv = process.env): void {
  if (!prewarmWanted(env) || env.CHROMIUM_PATH?.trim()) return;
  performance.mark("sb:chromiumUnpackStarted");
  void unpackChromium().then(
    () => performance.mark("sb:chromiumUnpacked"),
    () => undefined,
  );
}

/**
 * The process model config.ts will pick (CHROMIUM_PROCESS_MODEL, else `single` on Lambda and
 * `multi` elsewhere), read without loading config: the entry launches before that code loads.
 * A value config refuses fails the cold start there; the browser launched here is then unused.
 */
export function earlyProcessModel(env: NodeJS.ProcessEnv): ProcessModel {
  const raw = env.CHROMIUM_PROCESS_MODEL?.trim();
  if (raw === "single" || raw === "multi") return raw;
  return env.AWS_LAMBDA_FUNCTION_NAME ? "single" : "multi";
}

/** The browser the entry launched, until the supervisor adopts it. */
let early: { options: Promise<LaunchOptions>; browser: Promise<Browser> } | undefined;

/**
 * Launches the browser from the function's entry (lambda-http.ts), before the bulk of the code
 * loads: Chromium unpacks and starts (about a second on a new sandbox) while the app is read,
 * compiled and its container built, rather than after. The supervisor adopts it through
 * launchAdoptingEarly. Puppeteer is imported here, not at the top, so the unpack starts first.
 */
export async function launchBrowserAtEntry(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (!prewarmWanted(env) || early) return;
  startChromiumUnpack(env);
  const options = chromiumLaunchOptions(env.CHROMIUM_PATH?.trim() || undefined, {
    processModel: earlyProcessModel(env),
  });
  // Listened for before the launch can begin, so its spawn is never missed.
  const spawned = childProcessSpawned(SPAWN_HEAD_START_MS);
  const puppeteerLoaded = import("puppeteer-core");
  let launching = false;
  const browser = Promise.all([puppeteerLoaded, options]).then(async ([{ default: puppeteer }, o]) => {
    launching = true;
    performance.mark("sb:browserLaunchStarted");
    // A copy of the arguments: Puppeteer takes `--enable-features` and `--disable-features` out
    // of the array it is given (to merge them into its own), and the supervisor's options are
    // compared with these to adopt this browser. Compared with the mutated array, they never
    // matched: every cold start closed this browser and launched a second one.
    const launched = await puppeteer.launch({ ...o, ...(o.args ? { args: [...o.args] } : {}) });
    performance.mark("sb:browserUp");
    return launched;
  });
  options.catch(() => undefined);
  browser.catch(() => undefined);
  early = { options, browser };
  // The app's code compiles in one piece that holds the thread for most of a second; the launch
  // takes a few turns of the event loop before Chromium's process is spawned. So: Puppeteer is
  // loaded first, and a Chromium already unpacked is waited for until its process is spawned
  // (a temporary profile folder is made first), not longer: the code loads while it starts. One
  // still unpacking is not waited for (the unpack goes on while the code loads).
  try {
    await puppeteerLoaded.catch(() => undefined);
    await new Promise((resolve) => setImmediate(resolve));
    if (launching) await Promise.race([browser.catch(() => undefined), spawned.promise]);
  } finally {
    spawned.cancel();
  }
}

/** The most the entry waits for the launch to reach its spawn. */
const SPAWN_HEAD_START_MS = 30;

/**
 * Resolves as soon as this process spawns a child (Node's `child_process` diagnostics channel
 * reports each one as it is created, before the spawn call returns), or after `capMs` at the
 * latest. The cold start waited a fixed 30 ms for Chromium's spawn, idle on its critical path,
 * where the spawn itself comes within a few milliseconds of the launch's start.
 */
export function childProcessSpawned(capMs: number): { promise: Promise<void>; cancel(): void } {
  let done: () => void = () => undefined;
  const promise = new Promise<void>((resolve) => {
    done = resolve;
  });
  // Published inside spawn(): the child exists once the spawning call's turn is over.
  const onSpawn = () => queueMicrotask(cancel);
  const timer = setTimeout(() => cancel(), capMs);
  let active = true;
  function cancel(): void {
    if (!active) return;
    active = false;
    clearTimeout(timer);
    unsubscribe("child_process", onSpawn);
    done();
  }
  subscribe("child_process", onSpawn);
  return { promise, cancel };
}

/**
 * Closes the browser the entry launched if no supervisor adopted it: the process is being shut
 * down (a test ending, a runtime stopping it) before the first render took it.
 */
export async function closeEarlyBrowser(): Promise<void> {
  const taken = early;
  early = undefined;
  await (await taken?.browser.catch(() => undefined))?.close().catch(() => undefined);
}

/**
 * The supervisor's launch (ContainerOverrides.launchBrowser): the first time, the browser the
 * entry launched, if it started the same executable with the same flags (the same process model);
 * otherwise, or when that launch failed, a browser of its own.
 */
export async function launchAdoptingEarly(options: LaunchOptions): Promise<Browser> {
  const taken = early;
  early = undefined;
  if (taken) {
    try {
      const [launchedWith, browser] = await Promise.all([taken.options, taken.browser]);
      const same =
        launchedWith.executablePath === options.executablePath &&
        JSON.stringify(launchedWith.args ?? []) === JSON.stringify(options.args ?? []);
      if (same) {
        performance.mark("sb:earlyBrowserAdopted");
        return browser;
      }
      performance.mark("sb:earlyBrowserReplaced");
      await browser.close().catch(() => undefined);
    } catch {
      // The early launch failed: launch again below, as the first render would have.
    }
  }
  const { default: puppeteer } = await import("puppeteer-core");
  return puppeteer.launch(options);
}

/**
 * Launches the browser in the background once the container is built, and opens the page the
 * first print will take, so the first render finds both ready.
 */
export function launchBrowserEarly(container: Container, logger: Logger, env = process.env): void {
  if (!prewarmWanted(env)) return;
  const { printer } = container.components;
  const ready = printer.openAhead ? printer.openAhead() : container.supervisor.warm();
  void ready.catch((e: unknown) => {
    logger.warn("the browser or its first page was not ready ahead of the first render", {
      error: e instanceof Error ? e.message : String(e),
    });
  });
}

/**
 * A page that sets a line in each served font (the briefing's own @font-face URLs, answered from
 * memory by the printer), with a table and a vector path: what a briefing's first print does for
 * the first time in a new browser (fonts decoded, text shaped, a first layout, the PDF backend and
 * its font subsetting started) done once ahead of it.
 */
export function warmUpHtml(fontUrls: Iterable<string>): string {
  const urls = [...fontUrls];
  const faces = urls.map((url, i) => `@font-face{font-family:"warm-${i}";src:url(${url})}`).join("");
  const lines = urls
    .map(
      (_, i) => `<p style="font-family:'warm-${i}'">${i}: Warm-up, the quick brown fox — 2026 «ISIS» ±½</p>`,
    )
    .join("");
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>warm-up</title>',
    `<style>@page{size:A4;margin:18mm}${faces}table{border-collapse:collapse}td{border:1px solid #444;padding:2px}</style>`,
    "</head><body><h1>Warm-up</h1>",
    lines,
    "<table><tr><td>a</td><td>b</td></tr></table>",
    '<svg width="120" height="60" viewBox="0 0 120 60"><path d="M0 0L120 60L0 60Z" fill="#ccc" stroke="#000"/></svg>',
    "</body></html>",
  ].join("");
}

/**
 * Whether a cold start prints a warm-up page once the browser is up (BROWSER_WARM_PRINT=on; off
 * by default, and never without the browser readied ahead, see prewarmWanted). Measured on the
 * 2-core bench it did not pay: the warm-up is itself a first print (about 1.3 s) and ends only just
 * before the first briefing's print would begin, while costing this process ~170 ms of CPU.
 */
export function warmPrintWanted(env: NodeJS.ProcessEnv): boolean {
  return env.BROWSER_WARM_PRINT?.trim().toLowerCase() === "on" && prewarmWanted(env);
}

/**
 * Prints the warm-up page through the service's own printer, in the background, and throws the
 * PDF away: the browser's first-time work runs on Chromium's side while this process reads the
 * first request and composes its briefing, so the first briefing's print finds a warm page, its
 * fonts decoded. Nothing is stored. A failure is only logged: the first render launches again.
 */
export function warmUpPrinter(
  parts: { printer: PdfPrinter; htmlAssets: ReadonlyMap<string, unknown> },
  logger: Logger,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> | undefined {
  if (!warmPrintWanted(env)) return undefined;
  performance.mark("sb:warmPrintStarted");
  return parts.printer
    .print({ html: warmUpHtml(parts.htmlAssets.keys()), headerHtml: "", footerHtml: "", deadlineMs: 20_000 })
    .then(
      () => {
        performance.mark("sb:warmPrinted");
      },
      (e: unknown) => {
        logger.warn("the warm-up print failed", { error: e instanceof Error ? e.message : String(e) });
      },
    );
}
