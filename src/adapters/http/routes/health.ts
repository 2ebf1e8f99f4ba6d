import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { isAppError } from "../../../core/errors.js";
import type { AppEnv } from "../env.js";
import { json, problem } from "../schemas.js";

export interface HealthProbes {
  version: string;
  /** Whether the object store answers (a HeadBucket: it must never list objects). */
  store(): Promise<void>;
  browser(): Promise<{
    status: "up" | "idle" | "down";
    version?: string;
    error?: string;
    renders?: number;
    launches?: number;
    replaced?: number;
  }>;
  renderer(): { active: number; queued: number; concurrency: number };
  /** How long one readiness probe of the store and browser is reused (default 3000 ms). */
  readyCacheMs?: number;
  /** How long the store may take to answer before it counts as down (default 2000 ms). */
  storeTimeoutMs?: number;
}

/**
 * Shares one in-flight run of `probe` among concurrent callers and reuses its result for `ttlMs`
 * after it settles, failures included, so no number of callers probes more than once a window.
 */
export function cachedProbe<T>(
  probe: () => Promise<T>,
  ttlMs: number,
  now: () => number = Date.now,
): () => Promise<T> {
  let last: { at: number; result: Promise<T> } | null = null;
  let inFlight: Promise<T> | null = null;
  return () => {
    if (inFlight) return inFlight;
    if (last && now() - last.at < ttlMs) return last.result;
    const run = probe();
    inFlight = run;
    const settle = () => {
      inFlight = null;
      last = { at: now(), result: run };
    };
    run.then(settle, settle);
    return run;
  };
}

const Liveness = z.object({ status: z.literal("ok") }).openapi("Liveness");

const Readiness = z
  .object({
    status: z.enum(["ready", "not-ready"]),
    version: z.string(),
    checkedAt: z.string().openapi({ description: "When the store and browser were last probed" }),
    store: z.object({ status: z.enum(["up", "down"]), error: z.string().optional() }),
    browser: z.object({
      status: z.enum(["up", "idle", "down"]),
      version: z.string().optional(),
      error: z.string().optional(),
      renders: z.number().optional(),
      launches: z.number().optional(),
      replaced: z.number().optional(),
    }),
    renderer: z.object({ active: z.number(), queued: z.number(), concurrency: z.number() }),
  })
  .openapi("Readiness");

const liveness = createRoute({
  method: "get",
  operationId: "getLiveness",
  path: "/healthz",
  tags: ["operations"],
  summary: "Liveness: the process answers HTTP (no I/O, no details)",
  security: [],
  responses: {
    200: json(Liveness, "The process is alive"),
    // The app never limits liveness; the AWS front door's per-client limit covers every path.
    429: problem("Too many requests from this client address (the front door's limit); see Retry-After"),
  },
});

const readiness = createRoute({
  method: "get",
  operationId: "getReadiness",
  path: "/readyz",
  tags: ["operations"],
  summary: "Readiness: whether the object store and the browser answer, and the render queue",
  description:
    "Needs an API key (any scope) when keys are configured. The store and browser are probed at most once every few seconds; callers within that window share the result.",
  responses: {
    200: json(Readiness, "Ready to render and store briefings"),
    401: problem("No valid API key"),
    503: json(Readiness, "The store or the browser is down"),
  },
});

class ProbeTimeout extends Error {}

function withinMs<T>(ms: number, work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ProbeTimeout(`${what} did not answer within ${ms} ms.`)), ms);
    timer.unref();
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

export function healthRoutes(app: OpenAPIHono<AppEnv>, probes: HealthProbes) {
  const storeTimeoutMs = probes.storeTimeoutMs ?? 2000;
  const probe = cachedProbe(async () => {
    const [store, browser] = await Promise.all([
      withinMs(storeTimeoutMs, probes.store(), "The object store").then(
        () => ({ status: "up" as const }),
        // Only our own errors' messages: they are written to be shown; anything else may carry
        // endpoints or credentials' names.
        (e: unknown) => ({
          status: "down" as const,
          error: isAppError(e) || e instanceof ProbeTimeout ? e.message : "unreachable",
        }),
      ),
      probes.browser().catch((e: unknown) => ({
        status: "down" as const,
        error: e instanceof Error ? e.message : String(e),
      })),
    ]);
    return { store, browser, checkedAt: new Date().toISOString() };
  }, probes.readyCacheMs ?? 3000);

  app.openapi(liveness, (c) => {
    c.header("cache-control", "no-store");
    return c.json({ status: "ok" as const }, 200);
  });

  app.openapi(readiness, async (c) => {
    const { store, browser, checkedAt } = await probe();
    const ready = store.status === "up" && browser.status !== "down";
    const body = {
      status: ready ? ("ready" as const) : ("not-ready" as const),
      version: probes.version,
      checkedAt,
      store,
      browser,
      renderer: probes.renderer(),
    };
    c.header("cache-control", "no-store");
    return ready ? c.json(body, 200) : c.json(body, 503);
  });
}
