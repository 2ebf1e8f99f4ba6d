/**
 * Deliveries, measured (not a test): `npx tsx bench/deliveries.ts [count] [concurrency] [failures]`.
 *
 * 1. Throughput: `count` webhook deliveries (signed, through the outbound door, records in memory)
 *    to a receiver on loopback answering 200, `concurrency` at a time: deliveries per second.
 * 2. The retry schedule actually observed: a receiver that answers 500 `failures` times, then 200,
 *    under a policy of base 200 ms, cap 3.2 s (the production policy, 30 s base and 1 h cap, scaled
 *    down 150x; same shape): when each attempt arrived, against the ceiling the policy allowed.
 * Prints JSON; writes nothing.
 */
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import "@hono/zod-openapi";
import { linkIssuer } from "../src/adapters/delivery/download-token.js";
import { LocalRetryTimer } from "../src/adapters/delivery/retry-timers.js";
import { webhookChannel } from "../src/adapters/delivery/webhook-channel.js";
import { configSecrets } from "../src/adapters/delivery/webhook-secrets.js";
import { createSafeFetch } from "../src/adapters/net/safe-fetch.js";
import type { BriefingManifest } from "../src/core/briefings/manifest.js";
import type { RetryPolicy } from "../src/core/deliveries/backoff.js";
import { resumeDelivery, startDeliveries } from "../src/core/deliveries/deliver-briefing.js";
import type { DeliveryRecord } from "../src/core/deliveries/delivery.js";
import type { DeliveryDeps } from "../src/core/deliveries/ports.js";
import { newUlid } from "../src/ids.js";
import { median, percentile, round } from "./stats.js";

const [count = 2000, concurrency = 16, failures = 5] = process.argv.slice(2).map(Number);
const SECRET = `whsec_${randomBytes(32).toString("base64")}`;
const clock = { now: () => new Date() };

/** A receiver that answers 500 to the first `failPerId` requests of each webhook-id, then 200. */
async function receiver(failPerId: number) {
  const seen = new Map<string, number[]>();
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      const id = String(req.headers["webhook-id"]);
      const times = seen.get(id) ?? [];
      times.push(performance.now());
      seen.set(id, times);
      res.writeHead(times.length <= failPerId ? 500 : 200).end();
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const port = (server.address() as AddressInfo).port;
  return { port, seen, close: () => new Promise((r) => server.close(r)) };
}

const manifest = (id: string) =>
  ({
    id,
    title: "Bench briefing",
    judgments: [{ id: "j1", likelihood: "likely", probability: 0.62, confidence: "moderate" }],
    snapshot: { version: 2, judgments: [], evidence: [], conflicts: [] },
    previousId: null,
  }) as unknown as BriefingManifest;

function deps(port: number, policy: RetryPolicy, records: Map<string, DeliveryRecord>): DeliveryDeps {
  const key = (b: string, n: number) => `${b}/${n}`;
  let d: DeliveryDeps;
  const timer = new LocalRetryTimer(clock, (job) => resumeDelivery(d, job), console.error);
  d = {
    deliveries: {
      put: async (r) => void records.set(key(r.briefingId, r.n), r),
      get: async (b, n) => records.get(key(b, n)) ?? null,
      list: async () => [...records.values()],
    },
    channels: {
      webhook: webhookChannel({
        fetch: createSafeFetch({ userAgent: "scenario-brief-bench", allow: [`127.0.0.1:${port}`] }),
        secrets: configSecrets(new Map([["bench", SECRET]])),
        clock,
        timeoutMs: 5000,
      }),
      email: null,
    },
    retries: timer,
    links: linkIssuer({
      key: async () => Buffer.alloc(32, 1),
      publicUrl: "http://127.0.0.1:8787",
      ttlSeconds: 604_800,
    }),
    briefings: { getManifest: async (id) => manifest(id), getAssessment: async () => null },
    clock,
    random: Math.random,
    policy,
    logger: { info() {}, warn() {}, error: console.error },
  };
  return d;
}

async function throughput() {
  const r = await receiver(0);
  const records = new Map<string, DeliveryRecord>();
  const d = deps(r.port, { baseMs: 1000, capMs: 1000, windowMs: 60_000, maxAttempts: 1 }, records);
  const target = [{ webhook: { url: `http://127.0.0.1:${r.port}/hook`, secretRef: "bench" } }];
  const latencies: number[] = [];
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < count) {
        const t0 = performance.now();
        const [rec] = await startDeliveries(d, manifest(newUlid()), target, null);
        if (rec?.status !== "delivered") throw new Error(`not delivered: ${rec?.lastError}`);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  await r.close();
  return {
    deliveries: count,
    concurrency,
    perSecond: round(count / seconds, 1),
    latencyMs: { p50: round(median(latencies), 2), p95: round(percentile(latencies, 95), 2) },
  };
}

async function retrySchedule() {
  const policy: RetryPolicy = { baseMs: 200, capMs: 3200, windowMs: 120_000, maxAttempts: failures + 1 };
  const r = await receiver(failures);
  const records = new Map<string, DeliveryRecord>();
  const d = deps(r.port, policy, records);
  const target = { webhook: { url: `http://127.0.0.1:${r.port}/hook`, secretRef: "bench" } };
  // Three deliveries of one briefing, so the jitter shows.
  await startDeliveries(d, manifest(newUlid()), [target, target, target], null);
  while ([...records.values()].some((x) => x.status === "pending"))
    await new Promise((ok) => setTimeout(ok, 50));
  await r.close();
  return [...r.seen.entries()].map(([id, times]) => ({
    webhookId: id,
    status: [...records.values()].find((x) => x.webhookId === id)?.status,
    // Attempt i+1 arrived atMs[i] after the first; it waited waitedMs[i] (the drawn delay plus one
    // exchange) where the policy allowed at most ceilingMs[i].
    atMs: times.map((t) => Math.round(t - (times[0] ?? 0))),
    waitedMs: times.slice(1).map((t, i) => Math.round(t - (times[i] ?? 0))),
    ceilingMs: times.slice(1).map((_, i) => Math.min(policy.capMs, policy.baseMs * 2 ** i)),
  }));
}

const result = { throughput: await throughput(), retrySchedule: await retrySchedule() };
console.log(
  JSON.stringify(result, (_, v) => v, 2).replace(
    /\[\s+([\d,\s]+?)\s+\]/g,
    (_, xs: string) => `[${xs.replace(/\s+/g, " ")}]`,
  ),
);
