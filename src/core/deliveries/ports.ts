/**
 * What delivering a briefing needs from the outside world. Kept apart from core/ports.ts, like the
 * schedule ports, so the feature reads (and can be replaced) as one piece.
 */
import type { BriefingStore, Clock } from "../ports.js";
import type { FailureLog } from "../schedules/ports.js";
import type { RetryPolicy } from "./backoff.js";
import type { DeliveryRecord } from "./delivery.js";
import type { BriefingMessage } from "./message.js";

export interface DeliveryStore {
  put(record: DeliveryRecord): Promise<void>;
  get(briefingId: string, n: number): Promise<DeliveryRecord | null>;
  /** A briefing's deliveries, by n. */
  list(briefingId: string): Promise<DeliveryRecord[]>;
}

/** How one attempt ended, as the channel saw it. */
export interface AttemptResult {
  outcome: "delivered" | "retry" | "failed";
  /** The receiver's HTTP status, when there was one. */
  status: number | null;
  /** Why it did not deliver; safe to store and show (no secrets). */
  error: string | null;
  /** A receiver's Retry-After, in ms. */
  retryAfterMs?: number | null;
}

/** Sends one message to one target; never throws for the receiver's or the network's faults. */
export type DeliveryChannel = (record: DeliveryRecord, message: BriefingMessage) => Promise<AttemptResult>;

export interface DeliveryChannels {
  webhook: DeliveryChannel;
  /** Null where e-mail is not available (locally). */
  email: DeliveryChannel | null;
}

/** Which attempt a retry is for: a retry whose attempt was overtaken (a manual retry) does nothing. */
export interface RetryJob {
  briefingId: string;
  n: number;
  /** The attempts the record had when this retry was arranged. */
  after: number;
}

/**
 * Brings a retry back at its time: in-process timers locally (they die with the process), one-time
 * EventBridge schedules on AWS (they outlive the function that arranged them).
 */
export interface RetryTimer {
  schedule(job: RetryJob, at: Date): Promise<void>;
}

/** The service's own download URL for a briefing, with a signed token that expires. */
export interface LinkIssuer {
  link(briefingId: string, issuedAt: Date): Promise<{ url: string; expiresAt: string }>;
}

export interface DeliveryDeps {
  deliveries: DeliveryStore;
  channels: DeliveryChannels;
  retries: RetryTimer;
  links: LinkIssuer;
  briefings: Pick<BriefingStore, "getManifest" | "getAssessment">;
  clock: Clock;
  /** In [0, 1): the jitter. */
  random: () => number;
  policy: RetryPolicy;
  logger: FailureLog & { info(message: string, fields?: Record<string, unknown>): void };
}
