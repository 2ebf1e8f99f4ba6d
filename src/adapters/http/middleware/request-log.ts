import type { MiddlewareHandler } from "hono";
import { matchedRoutes } from "hono/route";
import type { Logger } from "../../../logger.js";
import type { AppEnv, RenderLog } from "../env.js";

/**
 * One JSON line per request, and one more per render a request made. Only what an operator
 * needs: the route's pattern (`/v1/briefings/:id`, never the query or body), method, status and
 * duration, the request id the client got back in X-Request-Id, and the key's name (never the
 * key). Article text, titles and headers stay out.
 */
export function requestLog(options: {
  logger: Logger;
  onRender?: ((render: RenderLog) => void) | undefined;
  now?: () => number;
}): MiddlewareHandler<AppEnv> {
  const now = options.now ?? (() => performance.now());
  return async function requestLogMiddleware(c, next) {
    const started = now();
    try {
      await next();
    } finally {
      const requestId = c.get("requestId");
      options.logger.info("request", {
        requestId,
        method: c.req.method,
        route: routeOf(c),
        status: c.res.status,
        durationMs: Math.round(now() - started),
        ...(c.get("apiKeyName") ? { key: c.get("apiKeyName") } : {}),
      });
      const render = c.get("render");
      if (render) {
        options.logger.info("render", { requestId, ...render });
        options.onRender?.(render);
      }
    }
  };
}

/** The pattern of the route that answered; "-" when none did (404, or a refusal before routing). */
function routeOf(c: Parameters<MiddlewareHandler<AppEnv>>[0]): string {
  const handlers = matchedRoutes(c).filter((r) => r.method !== "ALL");
  return handlers.at(-1)?.path ?? "-";
}
