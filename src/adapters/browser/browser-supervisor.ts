import type { Browser, LaunchOptions, Page } from "puppeteer-core";
import puppeteer from "puppeteer-core";
import { AppError, BrowserUnavailableError } from "../../core/errors.js";
import { type TreeMemory, treeMemory, treeMemoryAsync } from "./process-memory.js";

export interface BrowserHealth {
  status: "up" | "idle" | "down";
  version?: string;
  renders: number;
  launches: number;
  /** Browsers given up on because they crashed, disconnected or stopped answering. */
  replaced: number;
  error?: string;
}

export interface SupervisorOptions {
  launchOptions: () => Promise<LaunchOptions>;
  /** Starts a browser with those options; puppeteer.launch unless a cold start launched one early. */
  launch?: (options: LaunchOptions) => Promise<Browser>;
  /** Relaunch after this many renders, so slow leaks in a long-lived browser stay bounded. */
  maxRendersPerBrowser: number;
  /**
   * Relaunch once the browser's memory passed this many MB, read after each render (Linux /proc;
   * elsewhere only the render budget counts). The memory is the proportional set size (PSS)
   * summed over the browser's whole process tree: in the multi-process model the renderers hold
   * the documents, and summing their RSS would count the shared binary once per process. The
   * single-process Chromium keeps about 10 MB of every print until it exits, so this, not the
   * render count, bounds its memory.
   */
  maxRssMb?: number;
  /**
   * The memory is read at most this often per browser (the first render on a browser is always
   * followed by a reading): reading it costs about a millisecond of kernel time per Chromium
   * process, too much to spend after every render. Default 1000 ms.
   */
  memoryCheckIntervalMs?: number;
  /** How often the running browser is asked whether it answers; 0 turns the pings off. */
  pingIntervalMs?: number;
  /** How long one ping may take before it counts as a miss. */
  pingTimeoutMs?: number;
  /** Consecutive missed pings after which the browser counts as hung and is killed. */
  maxMissedPings?: number;
  log?: (message: string, extra?: Record<string, unknown>) => void;
}

export const SUPERVISOR_DEFAULTS = {
  pingIntervalMs: 2000,
  pingTimeoutMs: 1500,
  maxMissedPings: 2,
  memoryCheckIntervalMs: 1000,
};

/** How long close() waits for a browser to close itself before killing it. */
const CLOSE_WAIT_MS = 2000;

interface Generation {
  browser: Promise<Browser>;
  /** The browser once launched; pings and kills need it without awaiting. */
  launched: Browser | null;
  version?: string;
  renders: number;
  inFlight: number;
  /** Reached its render budget: takes no new renders, closes after its last one. */
  retired: boolean;
  /** Closed by us on purpose, so its disconnect is no failure. */
  closing: boolean;
  /** Set once the browser crashed, disconnected or was killed as hung. */
  dead: BrowserUnavailableError | null;
  /**
   * Told when the generation dies, so renders on it fail at once rather than at their deadline:
   * one listener per render, removed when the render settles (see untilDeath).
   */
  mourners: Set<(error: BrowserUnavailableError) => void>;
  misses: number;
  ping: Promise<boolean> | null;
  /** When its memory was last read (0: never), and the reading in progress. */
  memoryReadAt: number;
  memoryCheck: Promise<void> | null;
}

function timeout(ms: number): { promise: Promise<"timeout">; clear: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), ms);
    timer.unref();
  });
  return { promise, clear: () => clearTimeout(timer) };
}

/**
 * `work`'s outcome, or the generation's death if that comes first. Not `Promise.race` with one
 * promise rejected at death: every race leaves a reaction on that promise, which lives as long as
 * the browser, and the reaction keeps the race's result reachable. Each render's printed PDF
 * (~0.4 MB) was kept until the browser was replaced, up to its 200 renders (the heap of a
 * server at concurrency 4 held 35 of them). The listener here is dropped once `work` settles.
 */
function untilDeath<T>(generation: Generation, work: Promise<T>): Promise<T> {
  if (generation.dead) {
    work.catch(() => undefined);
    return Promise.reject(generation.dead);
  }
  return new Promise<T>((resolve, reject) => {
    generation.mourners.add(reject);
    work.then(resolve, reject).finally(() => generation.mourners.delete(reject));
  });
}

/** Memory of the browser's whole process tree, zero where /proc cannot tell. */
function browserMemory(browser: Browser | null): TreeMemory {
  return treeMemory(browser?.process()?.pid);
}

/** Kills the browser and its helpers: it is launched as a process-group leader. */
function killProcess(browser: Browser | null): void {
  const proc = browser?.process();
  if (!proc?.pid || proc.exitCode !== null || proc.signalCode !== null) return;
  try {
    // A stopped (SIGSTOP) process cannot close itself, but SIGKILL still ends it.
    process.kill(-proc.pid, "SIGKILL");
  } catch {
    proc.kill("SIGKILL");
  }
}

/**
 * One browser per process, launched on first use and shared by every render. The browser is
 * pinged every few seconds while it runs: one that crashes, disconnects or stops answering
 * (hung, or stopped) is killed and forgotten, the renders on it fail at once with
 * BrowserUnavailableError, and the next render launches a new one. A browser that reached its
 * render budget is retired and closed once its last page is done.
 */
export class BrowserSupervisor {
  private current: Generation | null = null;
  /** Every browser still running: the current one and retired ones finishing their renders. */
  private readonly running = new Set<Generation>();
  /** The tab each browser opened at launch, until the first page asked for takes it. */
  private readonly launchTabs = new WeakMap<Browser, Page>();
  private launches = 0;
  private renders = 0;
  private replaced = 0;
  private launchError: string | undefined;
  private timer: NodeJS.Timeout | null = null;
  /**
   * Set by close(): no browser is launched after it. A render still queued when its owner closed
   * the supervisor (a drained server, a test that timed out) would otherwise start a browser that
   * nothing closes, left running after the process exits by a signal.
   */
  private closed = false;
  private readonly pingIntervalMs: number;
  private readonly pingTimeoutMs: number;
  private readonly maxMissedPings: number;

  constructor(private readonly options: SupervisorOptions) {
    this.pingIntervalMs = options.pingIntervalMs ?? SUPERVISOR_DEFAULTS.pingIntervalMs;
    this.pingTimeoutMs = options.pingTimeoutMs ?? SUPERVISOR_DEFAULTS.pingTimeoutMs;
    this.maxMissedPings = Math.max(1, options.maxMissedPings ?? SUPERVISOR_DEFAULTS.maxMissedPings);
  }

  private launch(): Generation {
    this.launches++;
    // The callbacks run after `generation` below is built.
    const browser: Promise<Browser> = this.options
      .launchOptions()
      .then((opts) => (this.options.launch ? this.options.launch(opts) : puppeteer.launch(opts)))
      .then(async (launched) => {
        // The blank tab Chromium opens at launch is the first page a print takes (claimLaunchTab):
        // it is set up already, where opening another took a dozen round trips more and sat on
        // a cold start's first print. Any further tab is closed: in the multi-process model each
        // holds a renderer process of its own (~20 MB PSS) for nothing.
        const [tab, ...others] = await launched.pages().catch(() => []);
        for (const other of others) await other.close().catch(() => undefined);
        if (tab) this.launchTabs.set(launched, tab);
        return launched;
      })
      .then((launched) => {
        this.launchError = undefined;
        generation.launched = launched;
        if (!generation.closing) this.running.add(generation);
        launched.once("disconnected", () => {
          if (generation.closing) return;
          this.fail(generation, "The browser crashed or disconnected.");
          this.options.log?.("browser disconnected; the next render launches a new one");
        });
        this.startPinging();
        return launched;
      })
      .catch((e: unknown) => {
        if (this.current === generation) this.current = null;
        this.launchError = e instanceof Error ? e.message : String(e);
        throw e;
      });
    const generation: Generation = {
      browser,
      launched: null,
      renders: 0,
      inFlight: 0,
      retired: false,
      closing: false,
      dead: null,
      mourners: new Set(),
      misses: 0,
      ping: null,
      memoryReadAt: 0,
      memoryCheck: null,
    };
    browser.catch(() => undefined);
    return generation;
  }

  /**
   * Marks a generation dead: renders on it fail now, the next render launches a new browser. Its
   * process group is killed: a browser whose connection broke may still run, and one that crashed
   * may leave helpers behind; nothing would close either once it is forgotten.
   */
  private fail(generation: Generation, reason: string, cause?: unknown): void {
    if (generation.dead) return;
    killProcess(generation.launched);
    generation.dead = new BrowserUnavailableError(reason, cause);
    for (const mourner of generation.mourners) mourner(generation.dead);
    generation.mourners.clear();
    this.running.delete(generation);
    if (this.current === generation) this.current = null;
    this.replaced++;
  }

  /** Gives up on a browser that stopped answering: kills its process and forgets it. */
  private kill(generation: Generation, reason: string): void {
    if (generation.dead) return;
    this.options.log?.("browser stopped answering; killed it, the next render launches a new one", {
      reason,
    });
    this.fail(generation, reason);
    void generation.launched?.disconnect().catch(() => undefined);
  }

  private startPinging(): void {
    if (this.timer || this.pingIntervalMs <= 0) return;
    this.timer = setInterval(() => {
      for (const generation of this.running) {
        if (!generation.dead && !generation.closing) void this.ping(generation);
      }
    }, this.pingIntervalMs);
    // Pings watch the browser; they must not keep the process alive on their own.
    this.timer.unref();
  }

  /**
   * Asks the browser for its version. One ping at a time per browser; `maxMisses` misses in a row
   * (a timeout or an error) kill it. True when it answered.
   */
  private ping(generation: Generation, maxMisses = this.maxMissedPings): Promise<boolean> {
    const browser = generation.launched;
    if (!browser || generation.dead) return Promise.resolve(false);
    if (!generation.ping) {
      const limit = timeout(this.pingTimeoutMs);
      generation.ping = Promise.race([browser.version(), limit.promise])
        .then(
          (answer) => {
            if (answer === "timeout") return false;
            generation.version = answer;
            return true;
          },
          () => false,
        )
        .then((answered) => {
          limit.clear();
          generation.ping = null;
          generation.misses = answered ? 0 : generation.misses + 1;
          return answered;
        });
    }
    return generation.ping.then((answered) => {
      if (!answered && generation.misses >= maxMisses && !generation.dead) {
        this.kill(
          generation,
          `The browser did not answer ${generation.misses} ping(s) of ${this.pingTimeoutMs} ms.`,
        );
      }
      return answered;
    });
  }

  /**
   * A render on `browser` passed its deadline: ask it at once, and kill it if it does not
   * answer (one miss is enough after a deadline). Resolves to whether it answered.
   */
  suspect(browser: Browser): Promise<boolean> {
    const generation = [...this.running].find((g) => g.launched === browser);
    if (!generation) return Promise.resolve(false);
    return this.ping(generation, 1);
  }

  /** After a render failed: did the browser die (crash, disconnect, hang) rather than the page? */
  private async diedUnder(generation: Generation, browser: Browser): Promise<boolean> {
    if (generation.dead) return true;
    if (!browser.connected) {
      this.fail(generation, "The browser crashed or disconnected.");
      return true;
    }
    return !(await this.ping(generation, 1));
  }

  /**
   * Runs `use` with a connected browser and counts it against the browser's budget. Throws
   * BrowserUnavailableError when the browser does not start, or crashes, disconnects or hangs
   * while `use` runs; any other failure of `use` is passed on as it is.
   */
  async withBrowser<T>(use: (browser: Browser) => Promise<T>): Promise<T> {
    // A reading of the memory in progress may retire the current browser: its answer is waited
    // for (a few milliseconds, read off the event loop), so a browser past its budget takes no
    // further render.
    if (this.current?.memoryCheck) await this.current.memoryCheck;
    if (this.closed) throw new BrowserUnavailableError("The browser supervisor is closed.");
    if (!this.current || this.current.retired) this.current = this.launch();
    const generation = this.current;
    generation.renders++;
    generation.inFlight++;
    this.renders++;
    if (generation.renders >= this.options.maxRendersPerBrowser) generation.retired = true;
    try {
      let browser: Browser;
      try {
        browser = await untilDeath(generation, generation.browser);
      } catch (e) {
        if (e instanceof BrowserUnavailableError) throw e;
        throw new BrowserUnavailableError("The browser did not start.", e);
      }
      try {
        return await untilDeath(generation, use(browser));
      } catch (e) {
        if (e instanceof AppError) throw e;
        if (await this.diedUnder(generation, browser)) {
          throw generation.dead ?? new BrowserUnavailableError("The browser stopped answering.", e);
        }
        throw e;
      }
    } finally {
      generation.inFlight--;
      this.checkMemory(generation);
      this.settle(generation);
    }
  }

  /**
   * Reads the browser's memory after a render, at most once per interval, without holding up the
   * render's caller: the reading runs on libuv's threads, and a browser found past its budget is
   * retired once it answers.
   */
  private checkMemory(generation: Generation): void {
    const limit = this.options.maxRssMb;
    const interval = this.options.memoryCheckIntervalMs ?? SUPERVISOR_DEFAULTS.memoryCheckIntervalMs;
    if (!limit || generation.retired || generation.dead || generation.memoryCheck) return;
    if (generation.memoryReadAt > 0 && Date.now() - generation.memoryReadAt < interval) return;
    generation.memoryReadAt = Date.now();
    generation.memoryCheck = treeMemoryAsync(generation.launched?.process()?.pid)
      .then((memory) => {
        if (memory.pssMb <= limit || generation.retired || generation.dead) return;
        generation.retired = true;
        this.options.log?.("browser past its memory budget; relaunching it", { maxRssMb: limit, ...memory });
        this.settle(generation);
      })
      .catch(() => undefined)
      .finally(() => {
        generation.memoryCheck = null;
      });
  }

  /** A retired browser: the next one starts now, and it closes once its last render is done. */
  private settle(generation: Generation): void {
    // The next browser starts now, in the background, so the next render does not wait for it.
    if (generation.retired && this.current === generation) this.current = this.closed ? null : this.launch();
    if (generation.retired && generation.inFlight === 0 && !generation.dead && !generation.closing) {
      if (this.current === generation) this.current = null;
      generation.closing = true;
      void this.closeGeneration(generation);
    }
  }

  private async closeGeneration(generation: Generation): Promise<void> {
    generation.closing = true;
    this.running.delete(generation);
    const browser = await generation.browser.catch(() => null);
    if (!browser) return;
    const limit = timeout(CLOSE_WAIT_MS);
    const closed = await Promise.race([
      browser.close().then(
        () => "closed" as const,
        () => "failed" as const,
      ),
      limit.promise,
    ]);
    limit.clear();
    // A hung browser cannot close itself.
    if (closed !== "closed") killProcess(browser);
  }

  /**
   * Memory of the running browsers (the current one and retired ones still finishing), summed
   * over each one's process tree: RSS and PSS, in MB.
   */
  memory(): TreeMemory {
    const total = { processes: 0, rssMb: 0, pssMb: 0 };
    const generations = new Set(this.running);
    if (this.current) generations.add(this.current);
    for (const g of generations) {
      const m = browserMemory(g.launched);
      total.processes += m.processes;
      total.rssMb += m.rssMb;
      total.pssMb += m.pssMb;
    }
    return total;
  }

  /** Starts the browser ahead of the first render; resolves to it once it is up. */
  async warm(): Promise<Browser> {
    if (this.closed) throw new BrowserUnavailableError("The browser supervisor is closed.");
    if (!this.current) this.current = this.launch();
    return this.current.browser;
  }

  /**
   * The blank tab the browser opened at launch, handed out once (to the first page a printer
   * opens on it), or undefined: taken already, closed, or never there.
   */
  claimLaunchTab(browser: Browser): Page | undefined {
    const tab = this.launchTabs.get(browser);
    this.launchTabs.delete(browser);
    return tab && !tab.isClosed() ? tab : undefined;
  }

  /** The browser's state; at most one ping (bounded by the ping timeout), no launch. */
  async health(): Promise<BrowserHealth> {
    // A reading of the memory in progress may be about to replace the browser.
    if (this.current?.memoryCheck) await this.current.memoryCheck;
    const base = { renders: this.renders, launches: this.launches, replaced: this.replaced };
    const generation = this.current;
    if (!generation) {
      return this.launchError
        ? { status: "down", error: this.launchError, ...base }
        : { status: "idle", ...base };
    }
    if (!generation.launched) {
      const limit = timeout(this.pingTimeoutMs);
      await Promise.race([generation.browser.catch(() => undefined), limit.promise]);
      limit.clear();
      if (!generation.launched) {
        return { status: "down", error: this.launchError ?? "The browser is still starting.", ...base };
      }
    }
    if (await this.ping(generation)) return { status: "up", version: generation.version, ...base };
    return {
      status: "down",
      error: generation.dead?.message ?? `The browser did not answer within ${this.pingTimeoutMs} ms.`,
      ...base,
    };
  }

  /** Stops the pings and closes the browser (killing it if it does not close in time). */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    const generations = new Set(this.running);
    if (this.current) generations.add(this.current);
    this.current = null;
    await Promise.all([...generations].map((g) => this.closeGeneration(g)));
  }
}
