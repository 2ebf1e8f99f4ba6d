import type { Browser, LaunchOptions } from "puppeteer-core";
import puppeteer from "puppeteer-core";

export interface BrowserHealth {
  status: "up" | "idle" | "down";
  version?: string;
  renders: number;
  launches: number;
  error?: string;
}

export interface SupervisorOptions {
  launchOptions: () => Promise<LaunchOptions>;
  /** Relaunch after this many renders, so slow leaks in a long-lived browser stay bounded. */
  maxRendersPerBrowser: number;
  log?: (message: string, extra?: Record<string, unknown>) => void;
}

interface Generation {
  browser: Promise<Browser>;
  renders: number;
  inFlight: number;
  retired: boolean;
}

/**
 * One browser per process, launched on first use and shared by every render. A browser that
 * disconnects or crashes is forgotten and the next render launches a new one; a browser that
 * reached its render budget is retired and closed once its last page is done.
 */
export class BrowserSupervisor {
  private current: Generation | null = null;
  private launches = 0;
  private renders = 0;
  private lastError: string | undefined;

  constructor(private readonly options: SupervisorOptions) {}

  private launch(): Generation {
    this.launches++;
    const isCurrent = () => this.current?.browser === browser;
    const browser: Promise<Browser> = this.options
      .launchOptions()
      .then((opts) => puppeteer.launch(opts))
      .then((launched) => {
        this.lastError = undefined;
        launched.once("disconnected", () => {
          if (isCurrent()) this.current = null;
          this.options.log?.("browser disconnected; the next render launches a new one");
        });
        return launched;
      })
      .catch((e: unknown) => {
        if (isCurrent()) this.current = null;
        this.lastError = e instanceof Error ? e.message : String(e);
        throw e;
      });
    return { browser, renders: 0, inFlight: 0, retired: false };
  }

  /** Runs `use` with a connected browser and counts it against the browser's budget. */
  async withBrowser<T>(use: (browser: Browser) => Promise<T>): Promise<T> {
    if (!this.current || this.current.retired) this.current = this.launch();
    const generation = this.current;
    generation.renders++;
    generation.inFlight++;
    this.renders++;
    if (generation.renders >= this.options.maxRendersPerBrowser) generation.retired = true;
    try {
      const browser = await generation.browser;
      return await use(browser);
    } finally {
      generation.inFlight--;
      if (generation.retired && generation.inFlight === 0) {
        if (this.current === generation) this.current = null;
        void generation.browser.then((b) => b.close()).catch(() => undefined);
      }
    }
  }

  /** Starts the browser ahead of the first render. */
  async warm(): Promise<void> {
    if (!this.current) this.current = this.launch();
    await this.current.browser;
  }

  async health(): Promise<BrowserHealth> {
    const base = { renders: this.renders, launches: this.launches };
    if (!this.current) {
      return this.lastError
        ? { status: "down", error: this.lastError, ...base }
        : { status: "idle", ...base };
    }
    try {
      const browser = await this.current.browser;
      const version = await Promise.race([
        browser.version(),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error("no answer within 2 s")), 2000).unref(),
        ),
      ]);
      return { status: "up", version, ...base };
    } catch (e) {
      return { status: "down", error: e instanceof Error ? e.message : String(e), ...base };
    }
  }

  async close(): Promise<void> {
    const generation = this.current;
    this.current = null;
    if (generation) await generation.browser.then((b) => b.close()).catch(() => undefined);
  }
}
