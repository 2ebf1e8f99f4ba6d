import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import type { AppEnv } from "../../../src/adapters/http/env.js";
import {
  addressBucket,
  DEFAULT_RATE_LIMITS,
  parseRateLimit,
  type RateLimits,
  rateLimit,
  TokenBuckets,
} from "../../../src/adapters/http/middleware/rate-limit.js";
import { problemResponse } from "../../../src/adapters/http/problem.js";
import { ConfigError, loadConfig } from "../../../src/config.js";

describe("TokenBuckets", () => {
  it("grants a burst of `requests`, then refills one token per perMs/requests", () => {
    let now = 0;
    const buckets = new TokenBuckets({ requests: 3, perMs: 3000 }, 100, () => now);
    expect([buckets.take("a"), buckets.take("a"), buckets.take("a")]).toEqual([0, 0, 0]);
    expect(buckets.take("a")).toBe(1000);
    expect(buckets.take("b")).toBe(0);
    now = 400;
    expect(buckets.take("a")).toBe(600);
    now = 1000;
    expect(buckets.take("a")).toBe(0);
    expect(buckets.take("a")).toBe(1000);
    // Never more than the burst, however long it waits.
    now = 1_000_000;
    expect([buckets.take("a"), buckets.take("a"), buckets.take("a"), buckets.take("a")]).toEqual([
      0, 0, 0, 1000,
    ]);
  });

  it("forgets buckets idle long enough to be full again, and keeps at most maxBuckets", () => {
    let now = 0;
    const buckets = new TokenBuckets({ requests: 10, perMs: 1000 }, 50, () => now);
    for (let i = 0; i < 40; i++) buckets.take(`client-${i}`);
    expect(buckets.size).toBe(40);
    now = 1000;
    buckets.take("late");
    expect(buckets.size).toBe(1);
    for (let i = 0; i < 500; i++) buckets.take(`flood-${i}`);
    expect(buckets.size).toBe(50);
    // The most recently used survive; the oldest went first.
    for (let i = 0; i < 10; i++) buckets.take("flood-499");
    expect(buckets.take("flood-499")).toBeGreaterThan(0);
  });
});

describe("parseRateLimit", () => {
  it("reads off, per-minute numbers and <requests>/<duration>", () => {
    expect(parseRateLimit("off")).toBeNull();
    expect(parseRateLimit("0")).toBeNull();
    expect(parseRateLimit("0/60s")).toBeNull();
    expect(parseRateLimit("120")).toEqual({ requests: 120, perMs: 60_000 });
    expect(parseRateLimit("120/60s")).toEqual({ requests: 120, perMs: 60_000 });
    expect(parseRateLimit("20 / 10s")).toEqual({ requests: 20, perMs: 10_000 });
    expect(parseRateLimit("5/s")).toEqual({ requests: 5, perMs: 1000 });
    expect(parseRateLimit("1000/1h")).toEqual({ requests: 1000, perMs: 3_600_000 });
    expect(parseRateLimit("100/m")).toEqual({ requests: 100, perMs: 60_000 });
  });

  it("refuses anything else", () => {
    for (const bad of ["fast", "-1", "10/0s", "10/5d", "1.5/s", "10/2y"]) {
      expect(() => parseRateLimit(bad), bad).toThrow();
    }
  });
});

describe("addressBucket", () => {
  it("keeps IPv4 addresses, unwraps IPv4-mapped IPv6, and groups IPv6 by /64", () => {
    expect(addressBucket("203.0.113.7")).toBe("203.0.113.7");
    expect(addressBucket("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(addressBucket("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:0db8::5")).toBe("2001:db8:0:0::/64");
    expect(addressBucket("::1")).toBe("0:0:0:0::/64");
    expect(addressBucket("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
  });
});

/** The middleware as the app mounts it, behind a stand-in for the api-keys middleware. */
function appWith(limits: RateLimits, now: () => number) {
  const app = new Hono<AppEnv>();
  app.use("*", async (c, next) => {
    c.set("requestId", "req-1");
    const key = c.req.header("x-test-key");
    if (key) c.set("apiKeyName", key);
    await next();
  });
  app.use("*", rateLimit(limits, { exempt: ["/healthz"], now }));
  app.get("/healthz", (c) => c.json({ status: "ok" }));
  app.get("/v1/themes", (c) => c.json({ ok: true }));
  app.onError((e, c) => problemResponse(c, e, () => undefined));
  return app;
}

const fromNode = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });
const fromLambda = (sourceIp: string) => ({ requestContext: { http: { sourceIp } } });

describe("rateLimit middleware", () => {
  it("answers 429 problem+json with Retry-After and retryAfterSeconds once an address's bucket is empty", async () => {
    let now = 0;
    const app = appWith({ perKey: null, perAddress: { requests: 2, perMs: 10_000 } }, () => now);
    const get = (env: object) => app.request("/v1/themes", {}, env);
    expect((await get(fromNode("198.51.100.1"))).status).toBe(200);
    expect((await get(fromNode("198.51.100.1"))).status).toBe(200);
    const refused = await get(fromNode("198.51.100.1"));
    expect(refused.status).toBe(429);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    expect(refused.headers.get("retry-after")).toBe("5");
    expect(await refused.json()).toEqual({
      type: "/problems/rate-limited",
      title: "Too many requests",
      status: 429,
      detail: "Too many requests from this client address; try again in 5 s.",
      instance: "/v1/themes",
      requestId: "req-1",
      retryAfterSeconds: 5,
    });
    // Another address, or the same one from Lambda's view, has its own bucket.
    expect((await get(fromNode("198.51.100.2"))).status).toBe(200);
    expect((await get(fromLambda("198.51.100.3"))).status).toBe(200);
    expect((await get(fromLambda("198.51.100.3"))).status).toBe(200);
    expect((await get(fromLambda("198.51.100.3"))).status).toBe(429);
    // Liveness is never refused.
    expect((await app.request("/healthz", {}, fromNode("198.51.100.1"))).status).toBe(200);
    now = 5000;
    expect((await get(fromNode("198.51.100.1"))).status).toBe(200);
  });

  it("limits each API key across addresses, and names the key", async () => {
    const app = appWith({ perKey: { requests: 3, perMs: 60_000 }, perAddress: null }, () => 0);
    const get = (key: string, address: string) =>
      app.request("/v1/themes", { headers: { "x-test-key": key } }, fromNode(address));
    for (const address of ["192.0.2.1", "192.0.2.2", "192.0.2.3"]) {
      expect((await get("ingest", address)).status).toBe(200);
    }
    const refused = await get("ingest", "192.0.2.4");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("20");
    expect(((await refused.json()) as { detail: string }).detail).toMatch(/the API key 'ingest'/);
    expect((await get("reader", "192.0.2.4")).status).toBe(200);
  });

  it("does not limit by address when the request has none (the app called directly)", async () => {
    const app = appWith({ perKey: null, perAddress: { requests: 1, perMs: 60_000 } }, () => 0);
    for (let i = 0; i < 5; i++) expect((await app.request("/v1/themes")).status).toBe(200);
  });

  it("is on by default, generous, and off with RATE_LIMIT_*=off", () => {
    expect(loadConfig({}).rateLimits).toEqual(DEFAULT_RATE_LIMITS);
    expect(DEFAULT_RATE_LIMITS.perAddress?.requests).toBeGreaterThanOrEqual(300);
    const off = loadConfig({ RATE_LIMIT_PER_KEY: "off", RATE_LIMIT_PER_ADDRESS: "0" }).rateLimits;
    expect(off.perKey).toBeNull();
    expect(off.perAddress).toBeNull();
    expect(loadConfig({ RATE_LIMIT_PER_ADDRESS: "30/10s" }).rateLimits.perAddress).toEqual({
      requests: 30,
      perMs: 10_000,
    });
    expect(() => loadConfig({ RATE_LIMIT_PER_KEY: "lots" })).toThrow(ConfigError);
    expect(() => loadConfig({ RATE_LIMIT_PER_KEY: "lots" })).toThrow(/RATE_LIMIT_PER_KEY="lots"/);
  });
});
