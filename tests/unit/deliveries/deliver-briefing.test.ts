import "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import type { BriefingManifest } from "../../../src/core/briefings/manifest.js";
import {
  resumeDelivery,
  retryDelivery,
  startDeliveries,
} from "../../../src/core/deliveries/deliver-briefing.js";
import type { DeliveryRecord } from "../../../src/core/deliveries/delivery.js";
import type { AttemptResult, DeliveryDeps, RetryJob } from "../../../src/core/deliveries/ports.js";
import { fixedClock } from "../schedules/fakes.js";

const ID = "01JHF3Q9V6X8E2N4R5T7Y9B1C3";
const manifest = {
  id: ID,
  title: "Risk of ISIS prison escapes",
  judgments: [],
  snapshot: { version: 2, judgments: [], evidence: [], conflicts: [] },
  previousId: null,
} as unknown as BriefingManifest;

/** The use case over fakes: a scripted channel, a timer that only records, a clock moved by hand. */
function setup(answers: AttemptResult[]) {
  const clock = fixedClock("2026-11-30T12:00:00.000Z");
  const records = new Map<number, DeliveryRecord>();
  const arranged: { job: RetryJob; at: string }[] = [];
  const deps: DeliveryDeps = {
    deliveries: {
      put: async (r) => void records.set(r.n, structuredClone(r)),
      get: async (_, n) => structuredClone(records.get(n) ?? null),
      list: async () => [...records.values()],
    },
    channels: {
      webhook: async () => answers.shift() ?? { outcome: "delivered", status: 200, error: null },
      email: null,
    },
    retries: { schedule: async (job, at) => void arranged.push({ job, at: at.toISOString() }) },
    links: { link: async () => ({ url: "https://x/v1/download", expiresAt: "2026-12-07T12:00:00.000Z" }) },
    briefings: { getManifest: async () => manifest, getAssessment: async () => null },
    clock,
    random: () => 0.5,
    policy: { baseMs: 60_000, capMs: 600_000, windowMs: 15 * 60_000, maxAttempts: 10 },
    logger: { info() {}, warn() {}, error() {} },
  };
  return { deps, clock, records, arranged };
}

const five00: AttemptResult = { outcome: "retry", status: 500, error: "the receiver answered 500" };

describe("delivering a briefing", () => {
  it("arranges each retry at the jittered delay, and Retry-After when it asks for longer", async () => {
    const { deps, clock, arranged } = setup([five00, { ...five00, status: 429, retryAfterMs: 300_000 }]);
    const [first] = await startDeliveries(
      deps,
      manifest,
      [{ webhook: { url: "https://example.org/h" } }],
      null,
    );
    expect(first).toMatchObject({
      status: "pending",
      attempts: 1,
      nextAttemptAt: "2026-11-30T12:00:30.000Z",
    });
    clock.at = new Date("2026-11-30T12:00:30.000Z");
    const second = await resumeDelivery(deps, { briefingId: ID, n: 0, after: 1 });
    expect(second).toMatchObject({
      status: "pending",
      attempts: 2,
      nextAttemptAt: "2026-11-30T12:05:30.000Z",
    });
    expect(arranged.map((a) => [a.job.after, a.at])).toEqual([
      [1, "2026-11-30T12:00:30.000Z"],
      [2, "2026-11-30T12:05:30.000Z"],
    ]);
  });

  it("gives up when the next retry would fall outside the window", async () => {
    const { deps, clock } = setup([five00, five00]);
    await startDeliveries(deps, manifest, [{ webhook: { url: "https://example.org/h" } }], null);
    clock.at = new Date("2026-11-30T12:14:50.000Z");
    const last = await resumeDelivery(deps, { briefingId: ID, n: 0, after: 1 });
    expect(last).toMatchObject({
      status: "failed",
      attempts: 2,
      nextAttemptAt: null,
      lastError: "the receiver answered 500 (gave up after the retry window)",
    });
  });

  it("a retry overtaken by a manual one does nothing; the manual one keeps the webhook-id", async () => {
    const { deps, records } = setup([five00, { outcome: "delivered", status: 204, error: null }]);
    await startDeliveries(deps, manifest, [{ webhook: { url: "https://example.org/h" } }], "S");
    const manual = await retryDelivery(deps, ID, 0);
    expect(manual).toMatchObject({ status: "delivered", attempts: 2, webhookId: `msg_${ID}_0` });
    expect(await resumeDelivery(deps, { briefingId: ID, n: 0, after: 1 })).toMatchObject({ attempts: 2 });
    expect(records.get(0)?.attemptLog.map((a) => [a.status, a.manual])).toEqual([
      [500, false],
      [204, true],
    ]);
  });

  it("e-mail where there is none is failed with the reason, not thrown", async () => {
    const { deps } = setup([]);
    const [d] = await startDeliveries(deps, manifest, [{ email: { to: ["a@example.org"] } }], "S");
    expect(d).toMatchObject({ status: "failed", lastError: "e-mail delivery is not available here" });
  });
});
