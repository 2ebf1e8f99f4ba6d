import type { MiddlewareHandler } from "hono";
import { RateLimitedError } from "../../../core/errors.js";
import type { AppEnv } from "../env.js";

/** A token bucket's size and how long it takes to refill from empty. */
export interface RateLimit {
  /** Requests allowed in a burst; the bucket holds this many tokens. */
  requests: number;
  /** The bucket refills `requests` tokens over this many milliseconds. */
  perMs: number;
}

export interface RateLimits {
  /** Per API key (by its name); `null`: no limit. */
  perKey: RateLimit | null;
  /** Per client address (IPv6 by /64); `null`: no limit. */
  perAddress: RateLimit | null;
  /** At most this many buckets of each kind are kept; the least recently used go first. */
  maxBuckets?: number;
}

/** Generous: far above what one analyst or one integration does, well below a flood. */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  perKey: { requests: 1200, perMs: 60_000 },
  perAddress: { requests: 600, perMs: 60_000 },
  maxBuckets: 10_000,
};

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Token buckets by name, bounded in memory: the map is kept in least-recently-used order, so
 * buckets idle long enough to be full again (and so no different from a missing bucket) are
 * dropped from its front, and past `maxBuckets` the least recently used go.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perTokenMs: number;

  constructor(
    private readonly limit: RateLimit,
    private readonly maxBuckets = 10_000,
    private readonly now: () => number = Date.now,
  ) {
    this.perTokenMs = limit.perMs / limit.requests;
  }

  get size(): number {
    return this.buckets.size;
  }

  /** Takes a token for `name`: 0 when granted, else how many ms until one is available. */
  take(name: string): number {
    const now = this.now();
    this.evictIdle(now);
    const bucket = this.buckets.get(name);
    let tokens = this.limit.requests;
    if (bucket) {
      tokens = Math.min(this.limit.requests, bucket.tokens + (now - bucket.at) / this.perTokenMs);
      this.buckets.delete(name);
    }
    if (tokens < 1) {
      this.buckets.set(name, { tokens, at: now });
      return Math.ceil((1 - tokens) * this.perTokenMs);
    }
    this.buckets.set(name, { tokens: tokens - 1, at: now });
    while (this.buckets.size > this.maxBuckets) {
      const oldest = this.buckets.keys().next().value as string;
      this.buckets.delete(oldest);
    }
    return 0;
  }

  private evictIdle(now: number) {
    for (const [name, bucket] of this.buckets) {
      if (now - bucket.at < this.limit.perMs) break;
      this.buckets.delete(name);
    }
  }
}

/** Parses `off`/`0`, `<n>` (per minute) or `<n>/<duration>` such as `120/60s`, `20/10s`, `1000/1h`. */
export function parseRateLimit(spec: string): RateLimit | null {
  const s = spec.trim().toLowerCase();
  if (s === "off" || s === "0") return null;
  const m = /^(\d+)(?:\s*\/\s*(\d*)\s*(ms|s|m|min|h)?)?$/.exec(s);
  if (!m) throw new Error("expected off, a number per minute, or <requests>/<duration> such as 120/60s");
  const requests = Number(m[1]);
  const count = m[2] ? Number(m[2]) : 1;
  const unit = m[3] ?? (m[2] === undefined ? "m" : "s");
  const perMs = count * { ms: 1, s: 1000, m: 60_000, min: 60_000, h: 3_600_000 }[unit as "ms"];
  if (requests === 0) return null;
  if (requests > 1_000_000 || perMs < 1 || perMs > 86_400_000) {
    throw new Error("expected at most 1000000 requests over 1 ms to 24 h");
  }
  return { requests, perMs };
}

/** An IPv4 address as it is; an IPv6 address by its /64 (one subscriber usually holds a whole /64). */
export function addressBucket(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!address.includes(":")) return address;
  const [head = "", tail = ""] = address.split("%")[0]?.split("::") ?? [];
  const left = head ? head.split(":") : [];
  const right = address.includes("::") && tail ? tail.split(":") : [];
  const groups = address.includes("::")
    ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => Number.parseInt(g || "0", 16).toString(16))
    .join(":")}::/64`;
}

/**
 * The client's address, from the connection itself and never from a header a client can write:
 * on Node the socket's peer (@hono/node-server passes `incoming`), on Lambda the address API
 * Gateway saw (`requestContext.identity.sourceIp` from the REST API, `http.sourceIp` in payload 2.0).
 */
export function clientAddress(env: AppEnv["Bindings"] | undefined): string | undefined {
  return (
    env?.requestContext?.http?.sourceIp ??
    env?.requestContext?.identity?.sourceIp ??
    env?.incoming?.socket?.remoteAddress ??
    undefined
  );
}

/**
 * Token buckets per API key and per client address; a request takes a token from each that
 * applies, and is refused with 429 (problem+json, Retry-After) when one is empty. Runs after
 * authentication, so the key is known. Requests with no address (tests calling the app
 * directly) are limited by key only. Paths in `exempt` (liveness) are not counted.
 */
export function rateLimit(
  limits: RateLimits,
  options: { exempt?: readonly string[]; now?: () => number } = {},
): MiddlewareHandler<AppEnv> {
  const max = limits.maxBuckets ?? DEFAULT_RATE_LIMITS.maxBuckets;
  const byKey = limits.perKey ? new TokenBuckets(limits.perKey, max, options.now) : null;
  const byAddress = limits.perAddress ? new TokenBuckets(limits.perAddress, max, options.now) : null;
  const exempt = options.exempt ?? [];
  return async function rateLimitMiddleware(c, next) {
    if (exempt.includes(c.req.path)) return next();
    const address = byAddress ? clientAddress(c.env) : undefined;
    const waitAddress = byAddress && address ? byAddress.take(addressBucket(address)) : 0;
    const key = c.get("apiKeyName");
    // A request already refused by address does not also spend its key's token.
    const waitKey = byKey && key && waitAddress === 0 ? byKey.take(key) : 0;
    const wait = Math.max(waitAddress, waitKey);
    if (wait > 0) {
      const seconds = Math.max(1, Math.ceil(wait / 1000));
      const who = waitKey > 0 ? `the API key '${key}'` : "this client address";
      throw new RateLimitedError(`Too many requests from ${who}; try again in ${seconds} s.`, seconds);
    }
    return next();
  };
}
