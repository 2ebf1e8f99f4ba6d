import chromium from "@sparticuz/chromium";
import type { LaunchOptions } from "puppeteer-core";

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

export async function chromiumLaunchOptions(executablePath?: string): Promise<LaunchOptions> {
  // WebGL is of no use for printing, so Chromium is launched without its graphics stack. The
  // swiftshader archive is unpacked all the same: @sparticuz/chromium 143's executablePath()
  // inflates it whatever this setting says, despite its own documentation.
  chromium.setGraphicsMode = false;
  return {
    executablePath: executablePath ?? (await chromium.executablePath()),
    args: [...chromium.args, ...EXTRA_ARGS],
    headless: "shell",
    defaultViewport: { width: 1240, height: 1754 },
    protocolTimeout: 60_000,
    // The service decides when the browser closes: on SIGTERM it first lets the renders in
    // flight finish. Puppeteer's own handlers would close the browser under them at once.
    handleSIGTERM: false,
    handleSIGINT: false,
    handleSIGHUP: false,
  };
}
