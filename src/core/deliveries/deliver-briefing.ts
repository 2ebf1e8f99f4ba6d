import type { BriefingManifest } from "../briefings/manifest.js";
import { NotFoundError } from "../errors.js";
import { nextDelayMs } from "./backoff.js";
import {
  type DeliveryRecord,
  type DeliveryTarget,
  describeTarget,
  MAX_ATTEMPT_LOG,
  webhookIdOf,
} from "./delivery.js";
import { briefingMessage } from "./message.js";
import type { AttemptResult, DeliveryDeps, RetryJob } from "./ports.js";

/**
 * Records one delivery per target (pending), then makes each one's first attempt. A delivery that
 * fails is recorded as such and never thrown: the briefing it carries is done either way.
 */
export async function startDeliveries(
  deps: DeliveryDeps,
  manifest: BriefingManifest,
  targets: readonly DeliveryTarget[],
  scheduleId: string | null,
): Promise<DeliveryRecord[]> {
  const now = deps.clock.now().toISOString();
  const retryUntil = new Date(deps.clock.now().getTime() + deps.policy.windowMs).toISOString();
  const records = targets.map(
    (target, n): DeliveryRecord => ({
      briefingId: manifest.id,
      n,
      scheduleId,
      target,
      webhookId: webhookIdOf(manifest.id, n),
      status: "pending",
      attempts: 0,
      attemptLog: [],
      lastError: null,
      nextAttemptAt: now,
      deliveredAt: null,
      createdAt: now,
      retryUntil,
      linkIssuedAt: now,
    }),
  );
  await Promise.all(records.map((r) => deps.deliveries.put(r)));
  return Promise.all(records.map((r) => attempt(deps, r, manifest, false)));
}

/** A retry arranged earlier comes due: does nothing if the delivery has moved on meanwhile. */
export async function resumeDelivery(deps: DeliveryDeps, job: RetryJob): Promise<DeliveryRecord | null> {
  const record = await deps.deliveries.get(job.briefingId, job.n);
  if (record?.status !== "pending" || record.attempts !== job.after) return record;
  return attempt(deps, record, null, false);
}

/**
 * A user's retry: one more attempt now, whatever the status, with a fresh link and a fresh retry
 * window. The webhook-id stays the same, so a receiver that already has the message can tell.
 */
export async function retryDelivery(
  deps: DeliveryDeps,
  briefingId: string,
  n: number,
): Promise<DeliveryRecord> {
  const record = await deps.deliveries.get(briefingId, n);
  if (!record) throw new NotFoundError("Delivery", `${briefingId}/${n}`);
  const now = deps.clock.now();
  return attempt(
    deps,
    {
      ...record,
      status: "pending",
      linkIssuedAt: now.toISOString(),
      retryUntil: new Date(now.getTime() + deps.policy.windowMs).toISOString(),
    },
    null,
    true,
  );
}

async function messageFor(deps: DeliveryDeps, record: DeliveryRecord, known: BriefingManifest | null) {
  const manifest = known ?? (await deps.briefings.getManifest(record.briefingId));
  if (!manifest) return null;
  const [assessment, previous, download] = await Promise.all([
    deps.briefings.getAssessment(manifest.id),
    manifest.previousId ? deps.briefings.getManifest(manifest.previousId) : Promise.resolve(null),
    deps.links.link(manifest.id, new Date(record.linkIssuedAt)),
  ]);
  return briefingMessage(manifest, assessment, previous, download);
}

async function send(deps: DeliveryDeps, record: DeliveryRecord, manifest: BriefingManifest | null) {
  const message = await messageFor(deps, record, manifest);
  if (!message) return { outcome: "failed", status: null, error: "the briefing no longer exists" } as const;
  if ("webhook" in record.target) return deps.channels.webhook(record, message);
  if (!deps.channels.email)
    return { outcome: "failed", status: null, error: "e-mail delivery is not available here" } as const;
  return deps.channels.email(record, message);
}

/** One attempt, recorded; and the next one arranged, if there is to be one. */
async function attempt(
  deps: DeliveryDeps,
  record: DeliveryRecord,
  manifest: BriefingManifest | null,
  manual: boolean,
): Promise<DeliveryRecord> {
  let result: AttemptResult;
  try {
    result = await send(deps, record, manifest);
  } catch (error) {
    // A store or signing fault of ours: worth another go, like a network fault.
    deps.logger.error("a delivery attempt failed unexpectedly", {
      briefingId: record.briefingId,
      n: record.n,
      error,
    });
    result = { outcome: "retry", status: null, error: "an internal error stopped the attempt" };
  }
  const now = deps.clock.now();
  const attempts = record.attempts + 1;
  const log = [
    ...record.attemptLog,
    { at: now.toISOString(), status: result.status, error: result.error, manual },
  ];
  let next: DeliveryRecord = {
    ...record,
    attempts,
    attemptLog: log.slice(-MAX_ATTEMPT_LOG),
    lastError: result.error,
    nextAttemptAt: null,
  };
  if (result.outcome === "delivered") {
    next = { ...next, status: "delivered", deliveredAt: now.toISOString(), lastError: null };
  } else if (result.outcome === "failed") {
    next = { ...next, status: "failed" };
  } else {
    const delay = nextDelayMs(deps.policy, attempts, deps.random, result.retryAfterMs ?? null);
    const at = delay === null ? null : new Date(now.getTime() + delay);
    if (at === null || at.getTime() > Date.parse(record.retryUntil)) {
      const why = at === null ? `${attempts} attempts` : "the retry window";
      next = { ...next, status: "failed", lastError: `${result.error} (gave up after ${why})` };
    } else {
      next = { ...next, status: "pending", nextAttemptAt: at.toISOString() };
    }
  }
  await deps.deliveries.put(next);
  const fields = {
    briefingId: next.briefingId,
    n: next.n,
    target: describeTarget(next.target),
    webhookId: next.webhookId,
    attempts,
    status: next.status,
    receiverStatus: result.status,
    error: next.lastError,
  };
  if (next.status === "failed") deps.logger.warn("delivery failed", fields);
  else deps.logger.info(next.status === "delivered" ? "delivered" : "delivery will be retried", fields);
  if (next.status === "pending" && next.nextAttemptAt) {
    try {
      await deps.retries.schedule(
        { briefingId: next.briefingId, n: next.n, after: attempts },
        new Date(next.nextAttemptAt),
      );
    } catch (error) {
      deps.logger.error("a delivery retry could not be arranged", { ...fields, error });
      next = {
        ...next,
        status: "failed",
        nextAttemptAt: null,
        lastError: `${next.lastError}; no retry could be arranged`,
      };
      await deps.deliveries.put(next);
    }
  }
  return next;
}
