import { S3Client } from "@aws-sdk/client-s3";
import type { Browser } from "puppeteer-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { BrowserSupervisor } from "../../src/adapters/browser/browser-supervisor.js";
import { ChromiumPrinter } from "../../src/adapters/browser/chromium-printer.js";
import { chromiumLaunchOptions } from "../../src/adapters/browser/launch-options.js";
import { RenderLimiter } from "../../src/adapters/browser/render-limiter.js";
import { hashKey } from "../../src/adapters/http/middleware/api-keys.js";
import { S3Objects } from "../../src/adapters/storage/s3-objects.js";
import { BrowserUnavailableError, RenderTimeoutError } from "../../src/core/errors.js";
import { corpusText } from "../support/corpus.js";
import { readPdf } from "../support/pdf.js";
import { job, page } from "../support/print-jobs.js";
import { startStack, type TestStack } from "../support/stack.js";

/** Whether a process still exists (the child is reaped by Node once it exits). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(check: () => boolean | Promise<boolean>, withinMs: number): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > withinMs) throw new Error(`not within ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return Date.now() - started;
}

/** Every process we stopped is continued at the end, whatever happened to it. */
const stopped = new Set<number>();
function stop(pid: number) {
  stopped.add(pid);
  process.kill(pid, "SIGSTOP");
}
function continueStopped() {
  for (const pid of stopped) {
    try {
      process.kill(pid, "SIGCONT");
    } catch {
      // Already gone, as it should be.
    }
  }
  stopped.clear();
}

const pidOf = (supervisor: BrowserSupervisor) =>
  supervisor.withBrowser(async (browser) => browser.process()?.pid ?? 0);

describe("BrowserSupervisor and ChromiumPrinter under browser faults", () => {
  const supervisors: BrowserSupervisor[] = [];
  function printer(options: { pingIntervalMs: number; pingTimeoutMs?: number; maxMissedPings?: number }) {
    const supervisor = new BrowserSupervisor({
      launchOptions: () => chromiumLaunchOptions(),
      maxRendersPerBrowser: 100,
      pingTimeoutMs: 500,
      maxMissedPings: 2,
      ...options,
    });
    supervisors.push(supervisor);
    return { supervisor, printer: new ChromiumPrinter(supervisor, new RenderLimiter(2, 4)) };
  }
  afterEach(async () => {
    continueStopped();
    await Promise.all(supervisors.splice(0).map((s) => s.close()));
  });

  it("kills a stopped (SIGSTOP) browser within seconds: the render in flight gets BrowserUnavailableError, the next one a new browser", async () => {
    const { supervisor, printer: p } = printer({ pingIntervalMs: 500 });
    await p.print(job(page("<p>before</p>")));
    const pid = await pidOf(supervisor);
    expect(alive(pid)).toBe(true);

    const started = Date.now();
    stop(pid);
    const failure = await p.print(job(page("<p>during</p>"), 20_000)).catch((e: unknown) => e);
    const failedAfter = Date.now() - started;
    expect(failure).toBeInstanceOf(BrowserUnavailableError);
    expect(failure).toMatchObject({ code: "browser-unavailable", retryAfterSeconds: expect.any(Number) });
    // Well within the render's own 20 s deadline.
    expect(failedAfter).toBeLessThan(5000);
    await until(() => !alive(pid), 3000);
    const goneAfter = Date.now() - started;

    const read = await readPdf(await p.print(job(page("<p>after</p>"))));
    const recoveredAfter = Date.now() - started;
    expect(read.text).toContain("after");
    const newPid = await pidOf(supervisor);
    expect(newPid).not.toBe(pid);
    expect(alive(pid)).toBe(false);
    expect(await supervisor.health()).toMatchObject({ status: "up", launches: 2, replaced: 1 });
    console.log(
      `SIGSTOP (ping 500 ms, timeout 500 ms, 2 misses): render failed after ${failedAfter} ms, old process gone after ${goneAfter} ms, next PDF after ${recoveredAfter} ms`,
    );
  });

  it("checks the browser when a render passes its deadline, and kills it after one missed ping", async () => {
    // No periodic pings: only the deadline can reveal the hang.
    const { supervisor, printer: p } = printer({ pingIntervalMs: 0 });
    await p.print(job(page("<p>before</p>")));
    const pid = await pidOf(supervisor);
    stop(pid);
    const started = Date.now();
    await expect(p.print(job(page("<p>during</p>"), 1500))).rejects.toBeInstanceOf(RenderTimeoutError);
    const timedOutAfter = Date.now() - started;
    // The deadline holds: the abandoned page's close does not wait on the stopped browser.
    expect(timedOutAfter).toBeLessThan(1500 + 1000);
    await until(() => !alive(pid), 3000);
    const read = await readPdf(await p.print(job(page("<p>after</p>"))));
    expect(read.text).toContain("after");
    expect(await supervisor.health()).toMatchObject({ status: "up", launches: 2, replaced: 1 });
  });

  it("fails renders on a crashed browser with BrowserUnavailableError, and a page's own failure is passed on", async () => {
    const { supervisor, printer: p } = printer({ pingIntervalMs: 0 });
    await p.print(job(page("<p>one</p>")));
    // A failure of the work itself, on a healthy browser, is not the browser's.
    const own = new Error("the page's own failure");
    await expect(supervisor.withBrowser(() => Promise.reject(own))).rejects.toBe(own);
    expect(await supervisor.health()).toMatchObject({ status: "up", launches: 1, replaced: 0 });

    const crash = supervisor.withBrowser(async (browser: Browser) => {
      const tab = await browser.newPage();
      browser.process()?.kill("SIGKILL");
      await tab.setContent(page("<p>never</p>"));
      return tab.pdf();
    });
    await expect(crash).rejects.toBeInstanceOf(BrowserUnavailableError);
    const read = await readPdf(await p.print(job(page("<p>two</p>"))));
    expect(read.text).toContain("two");
    expect(await supervisor.health()).toMatchObject({ status: "up", launches: 2, replaced: 1 });
  });

  it("stops pinging on close, so the timer keeps nothing alive", async () => {
    const { supervisor, printer: p } = printer({ pingIntervalMs: 100 });
    await p.print(job(page("<p>x</p>")));
    const pid = await pidOf(supervisor);
    await supervisor.close();
    await until(() => !alive(pid), 3000);
    const timer = (supervisor as unknown as { timer: NodeJS.Timeout | null }).timer;
    expect(timer).toBeNull();
  });
});

const WRITE_KEY = "sb_test_faults_write";
const READ_KEY = "sb_test_faults_read";
const auth = (key: string) => ({ authorization: `Bearer ${key}` });

describe("over HTTP: browser faults answer 503, /healthz is cheap and open, /readyz is keyed and cached", () => {
  let stack: TestStack;
  let articleId: string;
  const post = (app: TestStack["app"]) =>
    app.request("/v1/briefings", {
      method: "POST",
      headers: { "content-type": "application/json", ...auth(WRITE_KEY) },
      body: JSON.stringify({ theme: "isis-prison-escape", articleIds: [articleId] }),
    });

  beforeAll(async () => {
    stack = await startStack({
      API_KEYS: `${hashKey(WRITE_KEY).toString("hex")}:write:ci,${hashKey(READ_KEY).toString("hex")}:read:ops`,
    });
    const res = await stack.app.request("/v1/articles", {
      method: "POST",
      headers: { "content-type": "application/json", ...auth(WRITE_KEY) },
      body: JSON.stringify({ title: "Iraq fortifies its Syrian border", text: corpusText() }),
    });
    expect(res.status).toBe(201);
    articleId = ((await res.json()) as { id: string }).id;
    expect((await post(stack.app)).status).toBe(201);
  });
  afterAll(async () => {
    continueStopped();
    await stack?.close();
  });

  it("answers 503 with Retry-After when the browser is killed during a render, and renders again after", async () => {
    const supervisor = stack.container.supervisor;
    // The browser dies while the render is in flight: right after the render has it.
    const killing = {
      withBrowser: <T>(use: (browser: Browser) => Promise<T>) =>
        supervisor.withBrowser((browser) => {
          const work = use(browser);
          browser.process()?.kill("SIGKILL");
          return work;
        }),
      suspect: (browser: Browser) => supervisor.suspect(browser),
    } as unknown as BrowserSupervisor;
    const res = await post(stack.appWith({ printer: new ChromiumPrinter(killing, new RenderLimiter(2, 4)) }));
    expect(res.status).toBe(503);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(await res.json()).toMatchObject({ type: "/problems/browser-unavailable", status: 503 });

    expect((await post(stack.app)).status).toBe(201);
  });

  it("answers 503 well within the deadline when the browser is stopped (SIGSTOP), then replaces it", async () => {
    const pid = await pidOf(stack.container.supervisor);
    const started = Date.now();
    stop(pid);
    const res = await post(stack.app);
    const answeredAfter = Date.now() - started;
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBeTruthy();
    // The container pings every 2 s with a 1.5 s timeout and gives up after two misses; the
    // render deadline is 30 s.
    expect(answeredAfter).toBeLessThan(10_000);
    await until(() => !alive(pid), 3000);
    const created = await post(stack.app);
    expect(created.status).toBe(201);
    console.log(
      `SIGSTOP over HTTP (container defaults): 503 after ${answeredAfter} ms, next briefing 201 after ${Date.now() - started} ms`,
    );
  });

  it("/healthz is open, says only ok, and does no I/O", async () => {
    let probed = 0;
    const app = stack.appWith({
      health: {
        ...stack.container.components.health,
        store: () => {
          probed++;
          return Promise.reject(new Error("secret-endpoint.internal:9000 refused"));
        },
        browser: () => {
          probed++;
          return Promise.resolve({ status: "down" as const, error: "secret" });
        },
      },
    });
    const res = await app.request("/healthz");
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ status: "ok" });
    expect(text).not.toMatch(/Chrome|HeadlessChrome|secret|version/i);
    expect(probed).toBe(0);
  });

  it("/readyz needs a key (any scope) and then shows the store, the browser and the renderer", async () => {
    const anonymous = await stack.app.request("/readyz");
    expect(anonymous.status).toBe(401);
    const wrong = await stack.app.request("/readyz", { headers: auth("nope") });
    expect(wrong.status).toBe(401);
    const res = await stack.app.request("/readyz", { headers: auth(READ_KEY) });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: "ready",
      store: { status: "up" },
      browser: { status: "up", version: expect.stringMatching(/Chrome/) },
      renderer: { active: 0, queued: 0, concurrency: expect.any(Number) },
    });
    // Listed in the API description, with the key it needs.
    const doc = (await (await stack.app.request("/openapi.json")).json()) as {
      paths: Record<string, { get?: { security?: unknown[] } }>;
    };
    expect(doc.paths["/readyz"]?.get).toBeDefined();
    expect(doc.paths["/healthz"]?.get?.security).toEqual([]);
    expect(doc.paths["/readyz"]?.get?.security).toBeUndefined();
  });

  it("/readyz probes once per window, however many call, and never lists objects", async () => {
    let storeProbes = 0;
    let browserProbes = 0;
    const health = stack.container.components.health;
    const app = stack.appWith({
      health: {
        ...health,
        readyCacheMs: 400,
        store: () => {
          storeProbes++;
          return health.store();
        },
        browser: () => {
          browserProbes++;
          return health.browser();
        },
      },
    });
    const call = () => app.request("/readyz", { headers: auth(READ_KEY) });
    const burst = await Promise.all(Array.from({ length: 20 }, call));
    expect(burst.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect((await call()).status).toBe(200);
    expect([storeProbes, browserProbes]).toEqual([1, 1]);
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect((await call()).status).toBe(200);
    expect([storeProbes, browserProbes]).toEqual([2, 2]);
  });

  it("/readyz answers 503 when the store is down, without the SDK's error text", async () => {
    // An S3 endpoint nothing listens on: the real client, the real failure.
    const nowhere = new S3Objects(
      new S3Client({
        region: "us-east-1",
        endpoint: "http://127.0.0.1:9",
        forcePathStyle: true,
        credentials: { accessKeyId: "x", secretAccessKey: "y" },
        maxAttempts: 1,
      }),
      "missing-bucket",
    );
    const app = stack.appWith({
      health: { ...stack.container.components.health, store: () => nowhere.ping() },
    });
    const res = await app.request("/readyz", { headers: auth(READ_KEY) });
    expect(res.status).toBe(503);
    const text = await res.text();
    expect(JSON.parse(text)).toMatchObject({ status: "not-ready", store: { status: "down" } });
    expect(text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);

    const hanging = stack.appWith({
      health: {
        ...stack.container.components.health,
        storeTimeoutMs: 200,
        store: () => new Promise<void>(() => undefined),
      },
    });
    const started = Date.now();
    const slow = await hanging.request("/readyz", { headers: auth(READ_KEY) });
    expect(slow.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
