import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.js";

const SAFE_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** Keeps a caller's X-Request-Id when it is sane, else makes one; echoes it on the response. */
export function requestId(options: { generate: () => string }): MiddlewareHandler<AppEnv> {
  return async function requestIdMiddleware(c, next) {
    const given = c.req.header("x-request-id");
    const id = given && SAFE_ID.test(given) ? given : options.generate();
    c.set("requestId", id);
    c.header("x-request-id", id);
    await next();
  };
}
