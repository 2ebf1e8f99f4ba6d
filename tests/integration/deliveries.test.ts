// Before any core module: zod schemas made before @hono/zod-openapi extends zod have no .openapi.
import "@hono/zod-openapi";
import { randomBytes } from "node:crypto";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { hashKey } from "../../src/adapters/http/middleware/api-keys.js";
import { createSafeFetch } from "../../src/adapters/net/safe-fetch.js";
import { createJobHandler } from "../../src/adapters/scheduling/job-handler.js";
import { LocalScheduler } from "../../src/adapters/scheduling/local-scheduler.js";
import { runDeps } from "../../src/container.js";
import type { DeliveryRecord } from "../../src/core/deliveries/delivery.js";
import type { BriefingMessage } from "../../src/core/deliveries/message.js";
import type { ScheduleRun } from "../../src/core/schedules/run.js";
import { createLogger } from "../../src/logger.js";
import { corpusText } from "../support/corpus.js";
import { startStack, type TestStack } from "../support/stack.js";
import { WebhookReceiver } from "../support/webhook-receiver.js";

/**
 * Deliveries end to end: the real stack (embedded S3, Chromium) renders two briefings; webhooks go
 * through the outbound door to a receiver on loopback (allow-listed); retries run on in-process
 * timers with a backoff of milliseconds. Waits poll the stored records, never the wall clock.
 */
const SECRET = `whsec_${randomBytes(32).toString("base64")}`;
const DOWNLOAD_KEY = randomBytes(32).toString("hex");
const DAY = 86_400_000;
let offsetMs = 0;
const clock = { now: () => new Date(Date.now() + offsetMs) };

const receiver = new WebhookReceiver()
  .script("/ok", [200])
  .script("/flaky", [500, 503, 200])
  .script("/busy", [{ status: 429, headers: { "retry-after": "0" } }, 200])
  .script("/bad", [400])
  .script("/down", [500])
  .script("/moved", [{ status: 302, headers: { location: "http://169.254.169.254/" } }]);
const logLines: string[] = [];
const bodies: string[] = [];
let stack: TestStack;
let app: TestStack["app"];
let base: string;
let articleId: string;

const call = async (path: string, init?: RequestInit) => {
  const res = await app.request(path, init);
  const text = await res.clone().text();
  bodies.push(text);
  return res;
};
const post = (path: string, body: unknown) =>
  call(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
const deliveriesOf = async (id: string) =>
  ((await (await call(`/v1/briefings/${id}/deliveries`)).json()) as { items: DeliveryRecord[] }).items;
const settled = async (id: string) => {
  let items: DeliveryRecord[] = [];
  await vi.waitFor(
    async () => {
      items = await deliveriesOf(id);
      expect(items.filter((d) => d.status === "pending")).toEqual([]);
    },
    { timeout: 20_000, interval: 50 },
  );
  return items;
};

beforeAll(async () => {
  const port = await receiver.start();
  base = `http://127.0.0.1:${port}`;
  stack = await startStack(
    {
      SB_WEBHOOK_SECRETS: JSON.stringify({ "receiver-1": SECRET }),
      SB_WEBHOOK_RETRY_BASE_MS: "5",
      SB_WEBHOOK_RETRY_CAP_MS: "20",
      SB_WEBHOOK_MAX_ATTEMPTS: "4",
      SB_WEBHOOK_TIMEOUT_MS: "5000",
      SB_DOWNLOAD_KEY: DOWNLOAD_KEY,
      SB_PUBLIC_URL: "https://briefs.example.org/prod/",
    },
    {
      clock,
      logger: createLogger("debug", (line) => logLines.push(line)),
      outbound: createSafeFetch({ userAgent: "scenario-brief-test", allow: [`127.0.0.1:${port}`] }),
    },
  );
  app = stack.app;
  const res = await post("/v1/articles", {
    title: "Iraq fortifies its Syrian border after the fall of Assad",
    text: corpusText(),
    tags: ["syria"],
  });
  expect(res.status).toBe(201);
  articleId = ((await res.json()) as { id: string }).id;
});
afterAll(async () => {
  await stack?.close();
  await receiver.close();
});

describe("a one-off briefing delivered to webhooks", () => {
  let briefingId: string;
  let records: DeliveryRecord[];

  it("delivers, retries on 500, 503 and 429, stops on 400 and 3xx, refuses blocked addresses", async () => {
    const hook = (path: string) => ({ webhook: { url: `${base}${path}`, secretRef: "receiver-1" } });
    const res = await post("/v1/briefings", {
      theme: "isis-prison-escape",
      articleIds: [articleId],
      deliveries: [
        hook("/ok"),
        hook("/flaky"),
        hook("/busy"),
        hook("/bad"),
        hook("/down"),
        hook("/moved"),
        { webhook: { url: "http://169.254.169.254/latest/meta-data/" } },
        { webhook: { url: "http://10.0.0.1:8080/hook" } },
        { webhook: { url: `http://127.0.0.1:1/not-allow-listed` } },
      ],
    });
    expect(res.status).toBe(201);
    const created = (await res.json()) as { id: string; deliveries: DeliveryRecord[] };
    briefingId = created.id;
    // The first attempt of each is made before the answer.
    expect(created.deliveries.map((d) => d.attempts)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1]);
    records = await settled(briefingId);
    const summary = records.map((d) => [d.n, d.status, d.attempts]);
    expect(summary).toEqual([
      [0, "delivered", 1],
      [1, "delivered", 3],
      [2, "delivered", 2],
      [3, "failed", 1],
      [4, "failed", 4],
      [5, "failed", 1],
      [6, "failed", 1],
      [7, "failed", 1],
      [8, "failed", 1],
    ]);
    expect(records[1]?.attemptLog.map((a) => a.status)).toEqual([500, 503, 200]);
    expect(records[3]?.lastError).toBe("the receiver answered 400");
    expect(records[4]?.lastError).toBe("the receiver answered 500 (gave up after 4 attempts)");
    expect(records[5]?.lastError).toContain("do not follow redirects");
    for (const n of [6, 7, 8]) expect(records[n]?.lastError).toContain("(blocked-address)");
    // What the receiver saw: no more requests than attempts, none to the blocked addresses.
    expect([receiver.to("/ok"), receiver.to("/flaky"), receiver.to("/busy")].map((r) => r.length)).toEqual([
      1, 3, 2,
    ]);
    expect([receiver.to("/bad"), receiver.to("/down"), receiver.to("/moved")].map((r) => r.length)).toEqual([
      1, 4, 1,
    ]);
  });

  it("signs each request per Standard Webhooks, checked by the standardwebhooks package", () => {
    const verifier = new Webhook(SECRET);
    for (const r of receiver.received) {
      const payload = verifier.verify(r.body, r.headers as Record<string, string>) as BriefingMessage;
      expect(payload.type).toBe("briefing.ready");
    }
    const wrong = new Webhook(`whsec_${randomBytes(32).toString("base64")}`);
    const first = receiver.received[0];
    expect(() => wrong.verify(first?.body ?? "", first?.headers as Record<string, string>)).toThrow();
    const tampered = (first?.body ?? "").replace("briefing.ready", "briefing.fake");
    expect(() => verifier.verify(tampered, first?.headers as Record<string, string>)).toThrow();
  });

  it("carries the manifest, the judgments with probabilities and a download link", () => {
    const message = JSON.parse(receiver.to("/ok")[0]?.body ?? "{}") as BriefingMessage;
    expect(message.briefing.id).toBe(briefingId);
    expect(message.judgments.length).toBeGreaterThan(0);
    for (const j of message.judgments) {
      expect(j).toHaveProperty("probability");
      expect(j.statement).toEqual(expect.any(String));
    }
    expect(message.changes).toBeNull();
    expect(message.bluf).toContain(message.briefing.title);
    expect(message.download.url).toMatch(
      new RegExp(
        `^https://briefs\\.example\\.org/prod/v1/download\\?briefing=${briefingId}&token=[\\w-]+\\.[\\w-]+$`,
      ),
    );
    expect(Date.parse(message.download.expiresAt) - Date.now()).toBeGreaterThan(6.9 * DAY);
  });

  it("keeps one webhook-id per delivery over its retries and a manual retry: the receiver processes each once", async () => {
    const ids = (path: string) => new Set(receiver.to(path).map((r) => r.headers["webhook-id"]));
    expect(ids("/flaky")).toEqual(new Set([`msg_${briefingId}_1`]));
    expect(ids("/busy")).toEqual(new Set([`msg_${briefingId}_2`]));

    const res = await post(`/v1/briefings/${briefingId}/deliveries/0/retry`, {});
    expect(res.status).toBe(200);
    const again = (await res.json()) as DeliveryRecord;
    expect(again).toMatchObject({ status: "delivered", attempts: 2 });
    expect(again.attemptLog.map((a) => a.manual)).toEqual([false, true]);
    expect(receiver.to("/ok")).toHaveLength(2);
    expect(ids("/ok")).toEqual(new Set([`msg_${briefingId}_0`]));
    // Three webhooks reached a 2xx: three messages processed, whatever the repeats.
    expect([...receiver.processed.keys()].sort()).toEqual(
      [0, 1, 2].map((n) => `msg_${briefingId}_${n}`).sort(),
    );
  });

  it("a manual retry of a delivery that failed tries again, and 404 for one that does not exist", async () => {
    const res = await post(`/v1/briefings/${briefingId}/deliveries/3/retry`, {});
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: "failed",
      attempts: 2,
      lastError: "the receiver answered 400",
    });
    const missing = await post(`/v1/briefings/${briefingId}/deliveries/9/retry`, {});
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toContain("application/problem+json");
  });

  it("the link downloads the PDF without an API key; tampered, foreign and expired tokens are refused", async () => {
    const message = JSON.parse(receiver.to("/ok")[0]?.body ?? "{}") as BriefingMessage;
    const link = new URL(message.download.url);
    const path = `/v1/download${link.search}`;
    const ok = await app.request(path);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("application/pdf");
    expect(
      Buffer.from(await ok.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");

    // With API keys configured, this path alone needs none; the briefing itself still does.
    const keyed = stack.appWith({ apiKeys: [{ hash: hashKey("k".repeat(40)), scope: "admin", name: "t" }] });
    expect((await keyed.request(path)).status).toBe(200);
    expect((await keyed.request(`/v1/briefings/${briefingId}/pdf`)).status).toBe(401);
    const spec = (await (await keyed.request("/openapi.json")).json()) as {
      paths: Record<string, { get: { security?: unknown[] } }>;
    };
    expect(spec.paths["/v1/download"]?.get.security).toEqual([]);

    const token = link.searchParams.get("token") ?? "";
    const at = (t: string, id = briefingId) =>
      app.request(`/v1/download?briefing=${id}&token=${encodeURIComponent(t)}`);
    const flipped = `${token.slice(0, -2)}${token.endsWith("AA") ? "BB" : "AA"}`;
    const refusals = [
      await at(flipped),
      await at(`${Buffer.from(`${briefingId}.9999999999`).toString("base64url")}.${token.split(".")[1]}`),
      await at("not-a-token"),
      await at(token, "01JHF3Q9V6X8E2N4R5T7Y9B1C3"),
    ];
    expect(refusals.map((r) => r.status)).toEqual([401, 401, 401, 403]);
    for (const r of refusals) expect(r.headers.get("content-type")).toContain("application/problem+json");

    offsetMs = 7 * DAY + 60_000;
    try {
      const expired = await app.request(path);
      expect(expired.status).toBe(401);
      expect(((await expired.json()) as { detail: string }).detail).toContain("expired");
    } finally {
      offsetMs = 0;
    }
  });
});

describe("bad deliveries are refused before anything is rendered or stored", () => {
  it.each([
    ["a non-http scheme", { webhook: { url: "ftp://example.org/hook" } }],
    ["credentials in the URL", { webhook: { url: "https://user:pw@example.org/hook" } }],
    ["a malformed secret name", { webhook: { url: "https://example.org/hook", secretRef: "../etc" } }],
    ["e-mail on a one-off", { email: { to: ["analyst@example.org"] } }],
  ])("%s: 400 problem+json", async (_, delivery) => {
    const before = await stack.keys();
    const res = await post("/v1/briefings", {
      theme: "isis-prison-escape",
      articleIds: [articleId],
      deliveries: [delivery],
    });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(await stack.keys()).toEqual(before);
  });

  it("e-mail on a schedule is refused locally (no SNS), and no schedule is stored", async () => {
    const before = await stack.keys();
    const res = await post("/v1/schedules", {
      name: "Mailed brief",
      theme: "isis-prison-escape",
      articles: { ids: [articleId] },
      cron: "0 6 * * *",
      deliveries: [{ email: { to: ["analyst@example.org"] } }],
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { detail: string }).detail).toContain("AWS only");
    expect(await stack.keys()).toEqual(before);
  });
});

describe("a scheduled run over the local server delivers to the receiver", () => {
  it("the run succeeds, its deliveries are shown with it: one delivered, one failed with its reason", async () => {
    const scheduler = new LocalScheduler({
      store: stack.container.components.schedules,
      fire: (event) => handler(event, stack.container.config.browser.renderTimeoutMs),
      clock,
      graceMs: 3_600_000,
      logger: createLogger("silent"),
    });
    const handler = createJobHandler(runDeps(stack.container.components));
    const scheduled = stack.appWith({ jobs: scheduler });
    const res = await scheduled.request("/v1/schedules", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        name: "Morning brief with webhooks",
        theme: "isis-prison-escape",
        articles: { ids: [articleId] },
        cron: "0 6 * * *",
        deliveries: [
          { webhook: { url: `${base}/scheduled`, secretRef: "receiver-1" } },
          { webhook: { url: `${base}/bad` } },
        ],
      }),
    });
    expect(res.status).toBe(201);
    const schedule = (await res.json()) as { id: string; nextFireTimes: string[]; deliveries: unknown[] };
    expect(schedule.deliveries).toHaveLength(2);
    receiver.script("/scheduled", [200]);
    offsetMs = Date.parse(schedule.nextFireTimes[0] ?? "") + 20_000 - Date.now();
    try {
      expect(await scheduler.tick(clock.now())).toHaveLength(1);
    } finally {
      offsetMs = 0;
    }
    const runs = (await (await call(`/v1/schedules/${schedule.id}/runs`)).json()) as {
      items: (ScheduleRun & { deliveries: DeliveryRecord[] })[];
    };
    const [run] = runs.items;
    expect(run?.status).toBe("succeeded");
    expect(run?.deliveries.map((d) => [d.status, d.scheduleId, d.lastError])).toEqual([
      ["delivered", schedule.id, null],
      ["failed", schedule.id, "the receiver answered 400"],
    ]);
    const sent = receiver.to("/scheduled");
    expect(sent).toHaveLength(1);
    expect(sent[0]?.headers["webhook-id"]).toBe(`msg_${run?.briefingId}_0`);
  });
});

describe("secrets", () => {
  it("never appear in a response or a log line", () => {
    const key = SECRET.slice("whsec_".length);
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.some((l) => l.includes("delivery will be retried"))).toBe(true);
    for (const text of [...bodies, ...logLines]) {
      expect(text).not.toContain(key);
      expect(text).not.toContain(DOWNLOAD_KEY);
    }
  });
});
