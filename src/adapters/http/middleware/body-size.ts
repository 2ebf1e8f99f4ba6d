import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { PayloadTooLargeError } from "../../../core/errors.js";
import type { AppEnv } from "../env.js";

/** Refuses request bodies over `maxBytes` before anything reads or stores them. */
export function bodySize(options: { maxBytes: number }): MiddlewareHandler<AppEnv> {
  const limit = bodyLimit({
    maxSize: options.maxBytes,
    onError: () => {
      throw new PayloadTooLargeError("The request body", options.maxBytes);
    },
  });
  return async function bodySizeMiddleware(c, next) {
    return limit(c, next);
  };
}
