import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import type { AppEnv } from "../../../src/adapters/http/env.js";
import { apiKeys, hashKey, parseApiKeys } from "../../../src/adapters/http/middleware/api-keys.js";
import { problemResponse } from "../../../src/adapters/http/problem.js";

const hex = (key: string) => hashKey(key).toString("hex");

function app(spec: string) {
  const a = new Hono<AppEnv>();
  a.use("*", async (c, next) => {
    c.set("requestId", "test");
    await next();
  });
  a.use("*", apiKeys({ keys: parseApiKeys(spec), open: ["/healthz"] }));
  a.get("/healthz", (c) => c.text("ok"));
  a.get("/v1/things", (c) => c.text(`hello ${c.get("apiKeyName")}`));
  a.post("/v1/things", (c) => c.text("created"));
  a.delete("/v1/things/1", (c) => c.text("deleted"));
  a.onError((e, c) => problemResponse(c, e, () => undefined));
  return a;
}

const spec = `${hex("reader-key")}:read:dashboard,${hex("writer-key")}:write:ingest,${hex("admin-key")}:admin`;
const call = (method: string, path: string, key?: string) =>
  app(spec).request(path, { method, headers: key ? { authorization: `Bearer ${key}` } : {} });

describe("API keys", () => {
  it("leaves the open paths open", async () => {
    expect((await call("GET", "/healthz")).status).toBe(200);
  });

  it("answers 401 with a problem document without a valid key", async () => {
    for (const res of [await call("GET", "/v1/things"), await call("GET", "/v1/things", "wrong-key")]) {
      expect(res.status).toBe(401);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
      expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
    }
    const basic = await app(spec).request("/v1/things", {
      headers: { authorization: "Basic cmVhZGVyLWtleQ==" },
    });
    expect(basic.status).toBe(401);
  });

  it("grants by scope: read < write < admin, 403 outside it", async () => {
    expect(await (await call("GET", "/v1/things", "reader-key")).text()).toBe("hello dashboard");
    expect((await call("POST", "/v1/things", "reader-key")).status).toBe(403);
    expect((await call("POST", "/v1/things", "writer-key")).status).toBe(200);
    const denied = await call("DELETE", "/v1/things/1", "writer-key");
    expect(denied.status).toBe(403);
    expect(((await denied.json()) as { detail: string }).detail).toBe(
      "The key 'ingest' has scope 'write'; this request needs 'admin'.",
    );
    expect((await call("DELETE", "/v1/things/1", "admin-key")).status).toBe(200);
    expect(await (await call("GET", "/v1/things", "admin-key")).text()).toBe("hello key-3");
  });

  it("refuses malformed configuration with the entry at fault", () => {
    expect(() => parseApiKeys("abc:read")).toThrow(/entry 1 does not start with a SHA-256/);
    expect(() => parseApiKeys(`${hex("k")}:root`)).toThrow(/entry 1 has scope 'root'/);
    expect(parseApiKeys("")).toEqual([]);
  });
});
