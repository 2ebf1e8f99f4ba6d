import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./env.js";

/**
 * What every answer says about caching, in one place. The default is `no-store`: most answers
 * are per key, change (lists, schedules, facts), or carry secrets and errors, and a cache that
 * keeps one serves a stale or another caller's answer. Routes opt out with one of these:
 *
 * - `immutable`: a stored briefing's PDF and assessment. A briefing id names one render that is
 *   never rewritten; `private` keeps them out of shared caches (they need a key).
 * - `revalidate`: a briefing's manifest. Clients keep it and ask again with If-None-Match (304).
 * - `description`: /openapi.json, open to all and the same for everyone until a deploy.
 * - `assets`: /docs' static files, served from the installed swagger-ui-dist.
 */
export const CACHE = {
  noStore: "no-store",
  immutable: "private, max-age=31536000, immutable",
  revalidate: "private, no-cache",
  description: "public, max-age=300",
  assets: "public, max-age=86400",
} as const;

/** Sets `no-store` on every answer a route did not give a policy of its own, refusals included. */
export function cachePolicy(): MiddlewareHandler<AppEnv> {
  return async function cachePolicyMiddleware(c, next) {
    await next();
    if (!c.res.headers.has("cache-control")) c.res.headers.set("cache-control", CACHE.noStore);
  };
}
