/**
 * When to try a delivery again: exponential backoff with full jitter (a uniformly random delay
 * between 0 and min(cap, base * 2^(attempt-1))), so many receivers failing at once do not all
 * come back together; within a bounded window, after which the delivery is failed for good.
 */
export interface RetryPolicy {
  /** The ceiling of the first retry's delay. */
  baseMs: number;
  /** No single delay is longer. */
  capMs: number;
  /** No retry starts later than this after the delivery was created (or manually retried). */
  windowMs: number;
  /** Attempts in all, the first included. */
  maxAttempts: number;
}

/** 30 s, 1 min, 2 min, … capped at 1 h per wait, for at most 24 h or 12 attempts. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  baseMs: 30_000,
  capMs: 3_600_000,
  windowMs: 24 * 3_600_000,
  maxAttempts: 12,
};

/**
 * The delay before the attempt after `attempts` attempts, or null when there is none. A receiver's
 * Retry-After is honoured within bounds: never beyond the cap, never sooner than the jittered delay.
 */
export function nextDelayMs(
  policy: RetryPolicy,
  attempts: number,
  random: () => number,
  retryAfterMs: number | null = null,
): number | null {
  if (attempts >= policy.maxAttempts) return null;
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempts - 1));
  const jittered = Math.floor(random() * ceiling);
  const asked = retryAfterMs === null ? 0 : Math.min(Math.max(0, retryAfterMs), policy.capMs);
  return Math.max(jittered, asked);
}

/** Retry-After as seconds or an HTTP date, in milliseconds from `now`; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: Date): number | null {
  if (!value) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}
