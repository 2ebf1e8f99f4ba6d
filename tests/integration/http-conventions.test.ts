import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashKey } from "../../src/adapters/http/middleware/api-keys.js";
import { createLogger } from "../../src/logger.js";
import { corpusText } from "../support/corpus.js";
import { startStack, type TestStack } from "../support/stack.js";

/**
 * The conventions every route keeps, over the real stack (embedded S3, Chromium), with API keys
 * on: ETags and 304s, Cache-Control, pagination, dates, the request id, and the log lines
 * (one per request, one per render) that carry neither keys nor article text.
 */

const KEY = "sb_conventions-test-key-0123456789abcdefghijklmnop";
const TITLE = "Iraq fortifies its Syrian border after the fall of Assad";
let stack: TestStack;
let app: TestStack["app"];
const logLines: string[] = [];
/** Every JSON body the tests read, for the date check. */
const bodies: { where: string; body: unknown }[] = [];
let articleId: string;
let briefing: {
  id: string;
  theme: string;
  createdAt: string;
  pdf: { sha256: string; pages: number; bytes: number };
};

const call = async (path: string, init: RequestInit & { headers?: Record<string, string> } = {}) => {
  const res = await app.request(path, {
    ...init,
    headers: { authorization: `Bearer ${KEY}`, ...init.headers },
  });
  if ((res.headers.get("content-type") ?? "").includes("json")) {
    bodies.push({ where: `${init.method ?? "GET"} ${path}`, body: await res.clone().json() });
  }
  return res;
};
const post = (path: string, body: unknown) =>
  call(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

beforeAll(async () => {
  stack = await startStack({ API_KEYS: `${hashKey(KEY).toString("hex")}:admin:conventions` });
  app = stack.appWith({ logger: createLogger("info", (line) => logLines.push(line)) });
  const article = await post("/v1/articles", { title: TITLE, text: corpusText(), publishedAt: "2025-01-14" });
  expect(article.status).toBe(201);
  articleId = ((await article.json()) as { id: string }).id;
  const made = await post("/v1/briefings", { theme: "isis-prison-escape", articleIds: [articleId] });
  expect(made.status).toBe(201);
  briefing = (await made.json()) as typeof briefing;
});
afterAll(() => stack.close());

describe("conditional GETs of a briefing's stored parts", () => {
  for (const [part, cache] of [
    ["", "private, no-cache"],
    ["/assessment", "private, max-age=31536000, immutable"],
    ["/pdf", "private, max-age=31536000, immutable"],
  ] as const) {
    it(`GET /v1/briefings/:id${part}: a strong ETag, ${cache}, and 304 for If-None-Match`, async () => {
      const path = `/v1/briefings/${briefing.id}${part}`;
      const first = await call(path);
      expect(first.status).toBe(200);
      const etag = first.headers.get("etag") ?? "";
      expect(etag).toMatch(/^"[^"]+"$/);
      expect(first.headers.get("cache-control")).toBe(cache);
      if (part === "/pdf") expect(etag).toBe(`"${briefing.pdf.sha256}"`);
      // The same content, the same tag.
      expect((await call(path)).headers.get("etag")).toBe(etag);

      for (const held of [etag, `W/${etag}`, `"other", ${etag}`, "*"]) {
        const again = await call(path, { headers: { "if-none-match": held } });
        expect(again.status, held).toBe(304);
        expect(await again.text()).toBe("");
        expect(again.headers.get("etag")).toBe(etag);
        expect(again.headers.get("cache-control")).toBe(cache);
      }
      const stale = await call(path, { headers: { "if-none-match": '"not-this-one"' } });
      expect(stale.status).toBe(200);
      expect((await stale.arrayBuffer()).byteLength).toBeGreaterThan(0);
    });
  }

  it("the manifest's tag is its content's: a different briefing has a different tag", async () => {
    const other = await post("/v1/briefings", { theme: "isis-prison-escape", articleIds: [articleId] });
    const id = ((await other.json()) as { id: string }).id;
    const a = (await call(`/v1/briefings/${briefing.id}`)).headers.get("etag");
    const b = (await call(`/v1/briefings/${id}`)).headers.get("etag");
    expect(a).not.toBe(b);
  });
});

describe("Cache-Control on every answer", () => {
  it("no-store for lists, mutable records, refusals and errors; public for the description", async () => {
    for (const path of [
      "/v1/articles",
      `/v1/articles/${articleId}`,
      `/v1/articles/${articleId}/facts`,
      "/v1/briefings",
      "/v1/themes",
      "/v1/schedules",
      "/v1/briefings/01JHF3Q9V6X8E2N4R5T7Y9B1C3",
      "/v1/nowhere",
      "/healthz",
    ]) {
      expect((await call(path)).headers.get("cache-control"), path).toBe("no-store");
    }
    const refused = await app.request("/v1/articles");
    expect(refused.status).toBe(401);
    expect(refused.headers.get("cache-control")).toBe("no-store");
    const doc = await app.request("/openapi.json");
    expect(doc.status).toBe(200);
    expect(doc.headers.get("cache-control")).toBe("public, max-age=300");
  });
});

describe("pagination: limit, cursor and nextCursor on every list", () => {
  it("pages every list route to its end with the same shape", async () => {
    const schedule = await post("/v1/schedules", {
      name: "Conventions",
      theme: "isis-prison-escape",
      articles: { ids: [articleId] },
      cron: "0 6 * * *",
      timezone: "UTC",
    });
    expect(schedule.status).toBe(201);
    const scheduleId = ((await schedule.json()) as { id: string }).id;
    expect((await post(`/v1/schedules/${scheduleId}/run`, {})).status).toBe(201);
    await post("/v1/articles", { title: "A second article", text: "Kurdish forces guard Al-Hol camp." });

    for (const list of [
      "/v1/articles",
      "/v1/briefings",
      "/v1/themes",
      "/v1/schedules",
      `/v1/schedules/${scheduleId}/runs`,
    ]) {
      const everything = (await (await call(`${list}?limit=100`)).json()) as {
        items: unknown[];
        nextCursor: null;
      };
      expect(everything.nextCursor, list).toBeNull();
      expect(everything.items.length, list).toBeGreaterThanOrEqual(1);
      const seen: unknown[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `?limit=1&cursor=${encodeURIComponent(cursor)}` : "?limit=1";
        const page = (await (await call(`${list}${query}`)).json()) as {
          items: unknown[];
          nextCursor: string | null;
        };
        expect(Object.keys(page).sort(), list).toEqual(["items", "nextCursor"]);
        expect(page.items.length, list).toBe(1);
        seen.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor && seen.length < 50);
      expect(seen, list).toEqual(everything.items);
      expect((await call(`${list}?limit=0`)).status, list).toBe(400);
    }
  });
});

describe("dates", () => {
  it("every date-time field of every JSON answer read here is ISO 8601 in UTC", async () => {
    const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
    const DAY = /^\d{4}-\d{2}-\d{2}$/;
    const found: string[] = [];
    const walk = (value: unknown, key: string, where: string) => {
      if (Array.isArray(value)) {
        for (const v of value) walk(v, key, where);
      } else if (value && typeof value === "object")
        for (const [k, v] of Object.entries(value)) walk(v, k, where);
      else if (typeof value === "string" && /(At|Time|Times|^date)$/.test(key)) {
        found.push(key);
        // publishedAt is the day a source put on its story: a calendar date, no time of day.
        const ok =
          key === "publishedAt" || key === "date"
            ? DAY.test(value) || ISO_UTC.test(value)
            : ISO_UTC.test(value);
        expect(ok, `${where}: ${key}=${value}`).toBe(true);
      }
    };
    for (const { where, body } of bodies) walk(body, "", where);
    for (const key of [
      "createdAt",
      "publishedAt",
      "updatedAt",
      "scheduledTime",
      "startedAt",
      "nextFireTimes",
    ])
      expect(found, key).toContain(key);
  });
});

describe("operators' log lines", () => {
  it("one request line per request, one render line per render, the request id echoed to the client", async () => {
    const before = logLines.length;
    const res = await call(`/v1/briefings/${briefing.id}`, { headers: { "x-request-id": "trace-42" } });
    expect(res.headers.get("x-request-id")).toBe("trace-42");
    const lines = logLines.slice(before).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([
      expect.objectContaining({
        level: "info",
        message: "request",
        requestId: "trace-42",
        method: "GET",
        route: "/v1/briefings/:id",
        status: 200,
        durationMs: expect.any(Number),
        key: "conventions",
      }),
    ]);

    const made = await post("/v1/briefings", { theme: "isis-prison-escape", articleIds: [articleId] });
    const id = made.headers.get("x-request-id");
    const manifest = (await made.json()) as typeof briefing;
    const forIt = logLines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.requestId === id);
    expect(forIt).toEqual([
      expect.objectContaining({ message: "request", route: "/v1/briefings", method: "POST", status: 201 }),
      {
        time: expect.any(String),
        level: "info",
        message: "render",
        requestId: id,
        briefingId: manifest.id,
        theme: "isis-prison-escape",
        articles: 1,
        pages: manifest.pdf.pages,
        bytes: manifest.pdf.bytes,
        durationMs: expect.any(Number),
      },
    ]);
    expect(manifest.pdf.pages).toBeGreaterThan(1);
  });

  it("never carry the API key or article text, even from requests that fail", async () => {
    const secret = "Al-Hol guards were never paid by the secret ministry";
    await post("/v1/articles", {
      title: "Nope",
      text: `<script>${secret}</script>`,
      publishedAt: "not a date",
    });
    await post("/v1/articles", { title: secret, text: secret.repeat(3) });
    await app.request("/v1/articles", {
      headers: { authorization: "Bearer sb_wrong-key-that-must-not-be-logged" },
    });
    const all = logLines.join("\n");
    expect(all).toContain('"message":"request"');
    expect(all).not.toContain(KEY);
    expect(all).not.toContain(KEY.slice(3, 20));
    expect(all).not.toContain("sb_wrong-key-that-must-not-be-logged");
    expect(all).not.toContain("Al-Hol guards");
    expect(all).not.toContain(TITLE);
    // No sentence of the reference article, which was posted and rendered above.
    for (const sentence of corpusText()
      .split(/(?<=[.!?])\s+/)
      .filter((s) => s.length > 40)
      .slice(0, 30))
      expect(all).not.toContain(sentence.slice(0, 40));
  });
});

describe("/docs", () => {
  it("serves Swagger UI from the installed package, open, under a CSP without inline script", async () => {
    const page = await app.request("/docs");
    expect(page.status).toBe(200);
    const csp = page.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    const html = await page.text();
    expect(html).not.toMatch(/<script>[^<]/);
    expect(html).not.toMatch(/https?:\/\//);
    const scripts = [...html.matchAll(/src="([^"]+)"/g)].map((m) => m[1]);
    const styles = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toEqual(["docs/swagger-ui-bundle.js", "docs/init.js"]);
    for (const asset of [...scripts, ...styles]) {
      const res = await app.request(`/${asset}`);
      expect(res.status, asset).toBe(200);
      expect(res.headers.get("content-type"), asset).toMatch(/^text\/(javascript|css)/);
      expect(res.headers.get("cache-control"), asset).toBe("public, max-age=86400");
    }
    expect(await (await app.request("/docs/swagger-ui-bundle.js")).text()).toContain("SwaggerUIBundle");
  });
});
