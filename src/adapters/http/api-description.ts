import { createLogger } from "../../logger.js";
import { type AppDeps, createApp } from "./app.js";
import { hashKey } from "./middleware/api-keys.js";

/**
 * The service's OpenAPI description as deployed (API keys on, so the bearer scheme applies),
 * built from the route definitions alone: nothing here starts storage or a browser, and no
 * handler runs. `npm run lint:api` lints it and `npm run client:types` generates the typed
 * client from it.
 */
export async function apiDescription(version: string): Promise<Record<string, unknown>> {
  const unused = () => {
    throw new Error("the description is read, no route runs");
  };
  // Route groups only read their deps inside handlers, which never run here.
  const inert = new Proxy({}, { get: () => unused }) as never;
  const deps: AppDeps = {
    version,
    maxBodyBytes: 1,
    apiKeys: [{ hash: hashKey("describe-only"), scope: "read", name: "describe" }],
    rateLimits: { perKey: null, perAddress: null },
    health: inert,
    logger: createLogger("error"),
    routes: { themes: inert, articles: inert, briefings: inert, schedules: inert },
  };
  const res = await createApp(deps).request("/openapi.json", {
    headers: { authorization: "Bearer describe-only" },
  });
  if (res.status !== 200) throw new Error(`/openapi.json answered ${res.status}`);
  return (await res.json()) as Record<string, unknown>;
}
