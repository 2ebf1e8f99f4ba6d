import { unpackChromium } from "../adapters/browser/launch-options.js";
import type { Container } from "../container.js";
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
 * Starts the Chromium unpack now, while the rest of the cold start (settings, templates, S3,
 * DynamoDB, the first request's reads) goes on: the launch awaits the same unpack. Errors are
 * left to the launch, which reports them as a 503 with the browser's health.
 */
export function startChromiumUnpack(env: NodeJS.ProcessEnv = process.env): void {
  if (!prewarmWanted(env) || env.CHROMIUM_PATH?.trim()) return;
  void unpackChromium().catch(() => undefined);
}

/** Launches the browser in the background once the container is built, so the first render finds it up. */
export function launchBrowserEarly(container: Container, logger: Logger, env = process.env): void {
  if (!prewarmWanted(env)) return;
  void container.supervisor.warm().catch((e: unknown) => {
    logger.warn("the browser did not start ahead of the first render", {
      error: e instanceof Error ? e.message : String(e),
    });
  });
}
