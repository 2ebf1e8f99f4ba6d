import { parseRetryAfter } from "../../core/deliveries/backoff.js";
import type { AttemptResult, DeliveryChannel } from "../../core/deliveries/ports.js";
import type { Clock } from "../../core/ports.js";
import { refusalOf, type SafeFetch } from "./outbound.js";
import { secretKey, WebhookSecretError, webhookHeaders } from "./standard-webhooks.js";
import type { SecretSource } from "./webhook-secrets.js";

export interface WebhookChannelOptions {
  fetch: SafeFetch;
  secrets: SecretSource;
  clock: Clock;
  /** The whole exchange, connection to last byte. */
  timeoutMs: number;
}

/** Refusals no retry can change: the address or the URL itself is not allowed. */
const FINAL_REFUSALS = new Set(["scheme", "credentials", "blocked-address", "redirects"]);
/** What a receiver may answer with; more is not read. */
const MAX_RESPONSE_BYTES = 64 * 1024;

const failed = (error: string, status: number | null = null): AttemptResult => ({
  outcome: "failed",
  status,
  error,
});
const retry = (
  error: string,
  status: number | null = null,
  retryAfterMs: number | null = null,
): AttemptResult => ({
  outcome: "retry",
  status,
  error,
  retryAfterMs,
});

/**
 * A webhook: a JSON POST of the message through the SSRF-safe outbound door, signed per Standard
 * Webhooks when the target names a secret. Redirects are not followed (maxRedirects 0): a 3xx is a
 * failure, since a receiver that moves should be updated, and a redirect is how an allowed host
 * would point the request at an internal one. 2xx delivers; 408, 429 and 5xx are retried
 * (Retry-After honoured by the retry policy); any other 4xx stops.
 */
export function webhookChannel(options: WebhookChannelOptions): DeliveryChannel {
  return async (record, message) => {
    if (!("webhook" in record.target)) return failed("not a webhook delivery");
    const { url, secretRef } = record.target.webhook;
    let key: Buffer | null = null;
    if (secretRef !== undefined) {
      const secret = await options.secrets(secretRef);
      if (secret === null) return failed(`no webhook secret named '${secretRef}' is configured`);
      try {
        key = secretKey(secret);
      } catch (e) {
        if (e instanceof WebhookSecretError)
          return failed(`the secret '${secretRef}' is not usable: ${e.message}`);
        throw e;
      }
    }
    const body = JSON.stringify(message);
    const timestamp = Math.floor(options.clock.now().getTime() / 1000);
    try {
      const res = await options.fetch(url, {
        method: "POST",
        headers: {
          // The door sets the User-Agent itself.
          "content-type": "application/json",
          ...webhookHeaders(key, record.webhookId, timestamp, body),
        },
        body,
        maxRedirects: 0,
        maxBytes: MAX_RESPONSE_BYTES,
        timeoutMs: options.timeoutMs,
      });
      const { status } = res;
      if (status >= 200 && status < 300) return { outcome: "delivered", status, error: null };
      if (status >= 300 && status < 400)
        return failed(
          `the receiver answered ${status} (a redirect); webhooks do not follow redirects`,
          status,
        );
      if (status === 408 || status === 429 || status >= 500) {
        const after = parseRetryAfter(res.headers.get("retry-after"), options.clock.now());
        return retry(`the receiver answered ${status}`, status, after);
      }
      return failed(`the receiver answered ${status}`, status);
    } catch (e) {
      const refusal = refusalOf(e);
      if (!refusal) throw e;
      const why = `refused by the outbound door (${refusal.reason}): ${refusal.message}`;
      return FINAL_REFUSALS.has(refusal.reason) ? failed(why) : retry(why);
    }
  };
}
