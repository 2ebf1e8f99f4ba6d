import { existsSync, statSync } from "node:fs";
import path from "node:path";
import type { LaunchOptions } from "puppeteer-core";
import type { ProcessModel } from "./process-model.js";

export type { ProcessModel } from "./process-model.js";

// The serverless build's own flags, plus those that keep a closed network quiet: without them
// Chromium keeps trying to reach Google's update and metrics hosts.
const EXTRA_ARGS = [
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
  "--disable-extensions",
  "--no-first-run",
  "--disable-quic",
  "--mute-audio",
];

/**
 * @sparticuz/chromium's own flags (its `args` with the graphics stack off), written out here so a
 * cold start with the layer's Chromium never loads the package (about 0.1 s of a cold start's
 * module loading): it is imported only to inflate its archives. A unit test holds this list to the
 * installed package's, so an upgrade that changes them fails there rather than drifting.
 */
export const SERVERLESS_ARGS: readonly string[] = [
  "--ash-no-nudges",
  "--disable-domain-reliability",
  "--disable-print-preview",
  "--disk-cache-size=33554432",
  "--no-default-browser-check",
  "--no-pings",
  "--single-process",
  "--font-render-hinting=none",
  "--disable-features=AudioServiceOutOfProcess,IsolateOrigins,site-per-process",
  "--enable-features=SharedArrayBuffer",
  "--ignore-gpu-blocklist",
  "--in-process-gpu",
  "--disable-webgl",
  "--allow-running-insecure-content",
  "--disable-setuid-sandbox",
  "--disable-site-isolation-trials",
  "--disable-web-security",
  "--headless='shell'",
  "--no-sandbox",
  "--no-zygote",
];

let unpacked: Promise<string> | undefined;
let unpackedAt: string | undefined;

/**
 * Where the serverless Chromium is, unpacking it first if this machine (or Lambda sandbox) has
 * not yet: one unpack per process, however many callers ask at once, so a cold start can begin it
 * early (src/handlers/prewarm.ts) and the launch later awaits the same work. A failed unpack is
 * forgotten, so the next launch tries again.
 */
export function unpackChromium(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const prepared = preparedChromium(env);
  if (prepared) return Promise.resolve(prepared);
  // Unpacked once, but unpacked again should someone have deleted it since.
  if (unpackedAt && !existsSync(unpackedAt)) unpacked = unpackedAt = undefined;
  unpacked ??= import("@sparticuz/chromium")
    .then(({ default: chromium }) => {
      // WebGL is of no use for printing, so Chromium is launched without its graphics stack. The
      // swiftshader archive is unpacked all the same: @sparticuz/chromium 143's executablePath()
      // inflates it whatever this setting says, despite its own documentation.
      chromium.setGraphicsMode = false;
      return chromium.executablePath();
    })
    .then(
      (at) => {
        unpackedAt = at;
        return at;
      },
      (e: unknown) => {
        unpacked = undefined;
        throw e;
      },
    );
  return unpacked;
}

/**
 * The Chromium the layer ships already unpacked (scripts/build/prepared-chromium.ts), in the
 * folder CHROMIUM_UNPACKED_DIR names (`/opt/chromium` on Lambda): nothing to inflate, so a new
 * sandbox launches it at once. Points the environment Chromium inherits at the layer's shared
 * libraries and fonts, as @sparticuz/chromium does for its /tmp copy. Undefined when the setting
 * is absent (the archives are then inflated into the temporary folder on first use); a setting
 * naming a folder without Chromium is an error, not a silent two-second unpack.
 */
export function preparedChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const dir = env.CHROMIUM_UNPACKED_DIR?.trim();
  if (!dir) return undefined;
  const executable = path.join(dir, "chromium");
  if (!statSync(executable, { throwIfNoEntry: false })?.isFile())
    throw new Error(`CHROMIUM_UNPACKED_DIR=${dir} holds no chromium executable (see npm run build)`);
  const lib = path.join(dir, "lib");
  const paths = (env.LD_LIBRARY_PATH ?? "").split(":").filter(Boolean);
  if (existsSync(lib) && paths[0] !== lib)
    env.LD_LIBRARY_PATH = [lib, ...paths.filter((p) => p !== lib)].join(":");
  const fonts = path.join(dir, "fonts");
  if (existsSync(path.join(fonts, "fonts.conf"))) env.FONTCONFIG_PATH = fonts;
  return executable;
}

/** Chromium's flags for a process model: @sparticuz/chromium's, ours, and the model's own. */
export function chromiumArgs(processModel: ProcessModel = "single"): string[] {
  const base = [...SERVERLESS_ARGS, ...EXTRA_ARGS];
  if (processModel === "single") return base;
  return [
    ...base
      .filter((a) => a !== "--single-process")
      // The network service in the browser process, not in a utility process of its own (~50 MB
      // RSS): the sealed page fetches nothing over the network. Chromium reads only the last
      // --enable-features, so the feature joins @sparticuz/chromium's list.
      .map((a) => (a.startsWith("--enable-features=") ? `${a},NetworkServiceInProcess2` : a)),
    // Renderers share memory with the browser through /dev/shm, which is small in containers
    // (64 MB in Docker) and absent on some sandboxes; /tmp does the same without that limit.
    "--disable-dev-shm-usage",
  ];
}

export interface ChromiumLaunchSettings {
  processModel?: ProcessModel;
}

export async function chromiumLaunchOptions(
  executablePath?: string,
  settings: ChromiumLaunchSettings = {},
): Promise<LaunchOptions> {
  return {
    executablePath: executablePath ?? (await unpackChromium()),
    args: chromiumArgs(settings.processModel ?? processModelFromEnv()),
    headless: "shell",
    // The screen viewport only sizes what the compositor keeps rastered; the print is laid out on
    // the CSS page size whatever it is (the same PDF, object for object). A small one saves tens
    // of megabytes per warm page.
    defaultViewport: { width: 800, height: 600 },
    protocolTimeout: 60_000,
    // The service decides when the browser closes: on SIGTERM it first lets the renders in
    // flight finish. Puppeteer's own handlers would close the browser under them at once.
    handleSIGTERM: false,
    handleSIGINT: false,
    handleSIGHUP: false,
  };
}

/**
 * The process model a caller that has no Config uses (benches, tests, the offline renderer):
 * CHROMIUM_PROCESS_MODEL when set, else `single`, @sparticuz/chromium's own default.
 */
export function processModelFromEnv(env: NodeJS.ProcessEnv = process.env): ProcessModel {
  const raw = env.CHROMIUM_PROCESS_MODEL?.trim();
  return raw === "multi" ? "multi" : "single";
}
