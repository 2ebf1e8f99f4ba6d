import { readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import type { Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import path from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { chromiumLaunchOptions } from "../../src/adapters/browser/launch-options.js";
import { hashKey } from "../../src/adapters/http/middleware/api-keys.js";
import { startNodeServer } from "../../src/adapters/http/node-server.js";
import { startStack, type TestStack } from "./stack.js";

/** Keys the desk tests sign in with: one that may write, one that may only read. */
export const DESK_KEYS = {
  write: "desk-test-write-key-5f1c2e9a7b",
  read: "desk-test-read-key-0d3b6a8c41",
} as const;

export const deskApiKeys = () =>
  [
    `${hashKey(DESK_KEYS.write).toString("hex")}:write:analyst`,
    `${hashKey(DESK_KEYS.read).toString("hex")}:read:reader`,
  ].join(",");

export interface DeskServer {
  /** http://127.0.0.1:<port> */
  base: string;
  stack: TestStack;
  close(): Promise<void>;
}

/**
 * The real app (embedded S3, bundled Chromium for PDFs) on a loopback port, with API keys
 * (DESK_KEYS) unless `keys: false`; the desk is at `${base}/desk`.
 */
export async function startDeskServer(options: { keys?: boolean; env?: Record<string, string> } = {}) {
  const env = { ...(options.keys === false ? {} : { API_KEYS: deskApiKeys() }), ...options.env };
  const stack = await startStack(env);
  const server: Server = await new Promise((resolve) => {
    const s = startNodeServer(
      { fetch: stack.app.fetch, hostname: "127.0.0.1", port: 0, maxBodyBytes: 1024 * 1024 },
      () => resolve(s),
    );
  });
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    stack,
    async close() {
      server.closeAllConnections?.();
      await new Promise((r) => server.close(r));
      await stack.close();
    },
  } satisfies DeskServer;
}

/** The bundled Chromium, with a laptop-sized window for the desk. */
export async function launchDeskBrowser(): Promise<Browser> {
  const options = await chromiumLaunchOptions();
  return puppeteer.launch({ ...options, defaultViewport: { width: 1366, height: 900 } });
}

/** Signs a page in through the sign-in form, as a person would, and waits for the articles page. */
export async function signIn(page: Page, base: string, key: string = DESK_KEYS.write): Promise<void> {
  await page.goto(`${base}/desk/sign-in`, { waitUntil: "load" });
  await page.type("#key", key);
  await Promise.all([page.waitForNavigation({ waitUntil: "load" }), page.click("button[type=submit]")]);
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core inside the page (evaluated through the DevTools protocol, which the page's CSP
 * does not govern, so the desk's CSP stays as strict in tests as in use) and returns the serious
 * and critical violations.
 */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe !== "undefined");
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<unknown> } })
      .axe;
    return (await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    })) as {
      violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
    };
  });
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => String(n.target)),
    }));
}

/** How many CSS pixels the page is wider than its window (0: nothing to scroll sideways). */
export const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Where screenshots go (gitignored); look at them. */
export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, "../../.scratch-desk");

/**
 * Saves the whole page, and the page in window-sized parts (at most `parts`) that are easier to
 * look at than one tall image. The pointer is moved away first, so no hover state shows.
 */
export async function screenshot(page: Page, name: string, parts = 3): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.mouse.move(0, 0);
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file as `${string}.png`, fullPage: true });
  const { width, height } = page.viewport() ?? { width: 1366, height: 900 };
  const total = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let i = 0; i < parts && i * height < total; i++) {
    await page.screenshot({
      path: path.join(SCREENSHOT_DIR, `${name}-part${i + 1}.png`) as `${string}.png`,
      clip: { x: 0, y: i * height, width, height: Math.min(height, total - i * height) },
      captureBeyondViewport: true,
    });
  }
  return file;
}
