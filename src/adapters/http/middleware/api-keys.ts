import { createHash, timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { AppError } from "../../../core/errors.js";
import type { AppEnv } from "../env.js";

export const SCOPES = ["read", "write", "admin"] as const;
export type Scope = (typeof SCOPES)[number];

export interface ApiKey {
  /** SHA-256 of the key: keys are never held in clear. */
  hash: Buffer;
  scope: Scope;
  name: string;
}

const RANK: Record<Scope, number> = { read: 0, write: 1, admin: 2 };

/** What a request needs: reading is `read`, creating and changing is `write`, deleting is `admin`. */
export function scopeFor(method: string): Scope {
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return "read";
  if (method === "DELETE") return "admin";
  return "write";
}

export const hashKey = (key: string) => createHash("sha256").update(key, "utf8").digest();

/** Compares against every key, in constant time each, so timing tells nothing about which. */
function find(keys: readonly ApiKey[], presented: string): ApiKey | undefined {
  const digest = hashKey(presented);
  let match: ApiKey | undefined;
  for (const key of keys) {
    if (timingSafeEqual(key.hash, digest) && !match) match = key;
  }
  return match;
}

/**
 * Bearer API keys with scopes. Paths in `open` need no key (health, API description).
 * 401 without a valid key, 403 outside its scope, both as problem documents.
 */
export function apiKeys(options: {
  /** The keys, or where to get the current ones (keys that are refreshed while the process runs). */
  keys: readonly ApiKey[] | (() => Promise<readonly ApiKey[]>);
  open: readonly string[];
  /** Paths that authenticate by other means (the desk's session cookie), checked there. */
  delegated?: (path: string) => boolean;
}): MiddlewareHandler<AppEnv> {
  const { keys } = options;
  const current = typeof keys === "function" ? keys : async () => keys;
  return async function apiKeysMiddleware(c, next) {
    if (options.open.includes(c.req.path) || options.delegated?.(c.req.path)) return next();
    const header = c.req.header("authorization") ?? "";
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const key = m?.[1] ? find(await current(), m[1]) : undefined;
    if (!key) {
      c.header("www-authenticate", 'Bearer realm="scenario-brief"');
      throw new AppError(
        "unauthorized",
        header ? "The API key is not valid." : "Send an API key: Authorization: Bearer <key>.",
      );
    }
    const needed = scopeFor(c.req.method);
    if (RANK[key.scope] < RANK[needed]) {
      throw new AppError(
        "forbidden",
        `The key '${key.name}' has scope '${key.scope}'; this request needs '${needed}'.`,
      );
    }
    c.set("apiKeyName", key.name);
    return next();
  };
}

/** Parses API_KEYS: comma-separated `<sha256-hex>:<scope>[:<name>]`. Throws with the bad entry. */
export function parseApiKeys(spec: string): ApiKey[] {
  return spec
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)
    .map((entry, i) => {
      const [hex, scope, ...name] = entry.split(":");
      if (!hex || !/^[0-9a-f]{64}$/i.test(hex)) {
        throw new Error(`entry ${i + 1} does not start with a SHA-256 hex digest (64 hex characters)`);
      }
      if (!SCOPES.includes(scope as Scope)) {
        throw new Error(`entry ${i + 1} has scope '${scope ?? ""}'; expected one of ${SCOPES.join(", ")}`);
      }
      return { hash: Buffer.from(hex, "hex"), scope: scope as Scope, name: name.join(":") || `key-${i + 1}` };
    });
}
