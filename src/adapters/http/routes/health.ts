import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../env.js";
import { json } from "../schemas.js";

export interface HealthProbes {
  version: string;
  store(): Promise<void>;
  browser(): Promise<{
    status: "up" | "idle" | "down";
    version?: string;
    error?: string;
    renders?: number;
    launches?: number;
  }>;
  renderer(): { active: number; queued: number; concurrency: number };
}

const Health = z
  .object({
    status: z.enum(["ok", "degraded"]),
    version: z.string(),
    store: z.object({ status: z.enum(["up", "down"]), error: z.string().optional() }),
    browser: z.object({
      status: z.enum(["up", "idle", "down"]),
      version: z.string().optional(),
      error: z.string().optional(),
      renders: z.number().optional(),
      launches: z.number().optional(),
    }),
    renderer: z.object({ active: z.number(), queued: z.number(), concurrency: z.number() }),
  })
  .openapi("Health");

const health = createRoute({
  method: "get",
  path: "/healthz",
  tags: ["operations"],
  summary: "Liveness, and whether the object store and the browser answer",
  security: [],
  responses: {
    200: json(Health, "Everything answers"),
    503: json(Health, "The store or the browser is down"),
  },
});

export function healthRoutes(app: OpenAPIHono<AppEnv>, probes: HealthProbes) {
  app.openapi(health, async (c) => {
    const [store, browser] = await Promise.all([
      probes.store().then(
        () => ({ status: "up" as const }),
        (e: unknown) => ({ status: "down" as const, error: e instanceof Error ? e.message : String(e) }),
      ),
      probes.browser(),
    ]);
    const ok = store.status === "up" && browser.status !== "down";
    const body = {
      status: ok ? ("ok" as const) : ("degraded" as const),
      version: probes.version,
      store,
      browser,
      renderer: probes.renderer(),
    };
    return ok ? c.json(body, 200) : c.json(body, 503);
  });
}
