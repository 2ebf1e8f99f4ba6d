import { OpenAPIHono } from "@hono/zod-openapi";
import { timing } from "hono/timing";
import type { IngestDeps } from "../../core/articles/ingest-article.js";
import { NotFoundError } from "../../core/errors.js";
import type { ThemeCatalog } from "../../core/ports.js";
import { newUlid } from "../../ids.js";
import type { Logger } from "../../logger.js";
import type { DeskDeps } from "../desk/deps.js";
import { deskRoutes, isDeskPath } from "../desk/routes.js";
import { sourceDeskRoutes } from "../desk/sources-routes.js";
import { workbenchDeskRoutes } from "../desk/workbench-routes.js";
import { cachePolicy } from "./cache-policy.js";
import type { AppEnv, RenderLog } from "./env.js";
import { type ApiKey, apiKeys } from "./middleware/api-keys.js";
import { bodySize } from "./middleware/body-size.js";
import { type RateLimits, rateLimit } from "./middleware/rate-limit.js";
import { requestId } from "./middleware/request-id.js";
import { requestLog } from "./middleware/request-log.js";
import { problemResponse } from "./problem.js";
import { articleRoutes } from "./routes/articles.js";
import { type BriefingRouteDeps, briefingRoutes } from "./routes/briefings.js";
import { type DeliveryRouteDeps, deliveryRoutes } from "./routes/deliveries.js";
import { DOCS_PATHS, docsRoutes } from "./routes/docs.js";
import { type HealthProbes, healthRoutes } from "./routes/health.js";
import { type ScheduleRouteDeps, scheduleRoutes } from "./routes/schedules.js";
import { type SourceRouteDeps, sourceRoutes } from "./routes/sources.js";
import { themeRoutes } from "./routes/themes.js";
import { validationError } from "./validation.js";

/** What the app itself uses, and for each group of routes only what its use cases take. */
export interface AppDeps {
  version: string;
  maxBodyBytes: number;
  /** Empty: no authentication (local, loopback only). */
  apiKeys: readonly ApiKey[];
  /** Where the current keys come from when they can change while the process runs (Lambda: SSM). */
  currentApiKeys?: () => Promise<readonly ApiKey[]>;
  /** Token buckets per API key and per client address. */
  rateLimits: RateLimits;
  health: HealthProbes;
  logger: Logger;
  /** Told of every render a request made (on Lambda: the RenderDuration metric). */
  onRender?: (render: RenderLog) => void;
  routes: {
    themes: { themes: ThemeCatalog };
    articles: IngestDeps;
    briefings: BriefingRouteDeps;
    schedules: ScheduleRouteDeps;
    /** Delivery history, manual retries and the tokened download. */
    deliveries?: DeliveryRouteDeps;
    /** Feeds and URL import; absent, those routes are not served. */
    sources?: SourceRouteDeps;
  };
  /** The browser desk at /desk (absent: no desk). */
  desk?: DeskDeps;
}

/**
 * Paths anyone may call: liveness, the API description and its docs page, and the download a
 * delivery's signed token opens (the token is checked instead of a key). The stack's WAF lets
 * requests to these through without a key (infra/lib/constructs/front-door.ts; a stack test holds
 * the lists equal).
 */
export const OPEN_PATHS = ["/healthz", "/openapi.json", "/v1/download", ...DOCS_PATHS];

const deskAuth = (deps: AppDeps) => ({
  keys: deps.currentApiKeys ?? (async () => deps.apiKeys),
  authOff: deps.apiKeys.length === 0,
});

/** The HTTP face of the service. A factory, so tests and each runtime wire their own deps. */
export function createApp(deps: AppDeps): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({
    // Every validation failure, wherever it happens, becomes the same problem document.
    defaultHook: (result, c) => {
      if (!result.success) {
        const where =
          result.target === "json" ? "request body" : result.target === "param" ? "path" : result.target;
        return problemResponse(c, validationError(where, result.error), () => undefined);
      }
    },
  });

  // Server-Timing on every answer: how long the service itself took, refusals included.
  app.use("*", timing({ totalDescription: "time in the service" }));
  app.use("*", requestId({ generate: () => newUlid() }));
  app.use("*", cachePolicy());
  app.use("*", requestLog({ logger: deps.logger, onRender: deps.onRender }));
  if (deps.apiKeys.length > 0)
    app.use(
      "*",
      // The desk's pages check its own session cookie; the API stays bearer-only.
      apiKeys({ keys: deps.currentApiKeys ?? deps.apiKeys, open: OPEN_PATHS, delegated: isDeskPath }),
    );
  // Liveness is exempt: an orchestrator polling it must never see 429.
  app.use("*", rateLimit(deps.rateLimits, { exempt: ["/healthz"] }));
  app.use("/v1/*", bodySize({ maxBytes: deps.maxBodyBytes }));

  healthRoutes(app, deps.health);
  themeRoutes(app, deps.routes.themes);
  articleRoutes(app, deps.routes.articles);
  briefingRoutes(app, deps.routes.briefings);
  scheduleRoutes(app, deps.routes.schedules);
  if (deps.routes.deliveries) deliveryRoutes(app, deps.routes.deliveries);
  if (deps.routes.sources) sourceRoutes(app, deps.routes.sources);
  docsRoutes(app);
  if (deps.desk) deskRoutes(app, deps.desk, deskAuth(deps));
  if (deps.desk)
    workbenchDeskRoutes(app, {
      desk: deps.desk,
      briefings: deps.routes.briefings,
      schedules: deps.routes.schedules,
    });
  if (deps.desk && deps.routes.sources)
    sourceDeskRoutes(app, { desk: deps.desk, sources: deps.routes.sources });

  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", {
    type: "http",
    scheme: "bearer",
    description: "API key (required when the service has keys configured)",
  });
  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    security: deps.apiKeys.length > 0 ? [{ bearer: [] }] : [],
    // Relative: the description is served by the API it describes, wherever that is deployed.
    servers: [{ url: "/", description: "The origin this description was read from" }],
    info: {
      // OpenAPI 3.1 takes an SPDX identifier here; the typings know only 3.0's url.
      license: { name: "Proprietary", identifier: "LicenseRef-Proprietary" } as { name: string },
      title: "scenario-brief",
      version: deps.version,
      description:
        "Scenario briefings from news articles: facts traced to sentences, ICD 203 judgments, PDF output.",
    },
  });

  const logFailure = (error: unknown, problem: { status: number; instance: string; requestId?: string }) =>
    deps.logger.error("request failed", {
      error,
      status: problem.status,
      path: problem.instance,
      requestId: problem.requestId,
    });
  app.notFound((c) =>
    problemResponse(c, new NotFoundError("Route", `${c.req.method} ${c.req.path}`), logFailure),
  );
  app.onError((error, c) => problemResponse(c, error, logFailure));
  return app;
}
